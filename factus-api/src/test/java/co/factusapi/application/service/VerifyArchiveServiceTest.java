package co.factusapi.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.application.port.in.VerifyArchiveUseCase.Finding;
import co.factusapi.application.port.in.VerifyArchiveUseCase.Problem;
import co.factusapi.application.port.in.VerifyArchiveUseCase.Verification;
import co.factusapi.domain.archive.ArchiveKey;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.testsupport.DownloadingProvider;
import co.factusapi.testsupport.InMemoryAuditLog;
import co.factusapi.testsupport.InMemoryDocumentArchive;
import co.factusapi.testsupport.InMemoryTenantRepository;
import co.factusapi.testsupport.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Verify against a provider like Factus: the same XML on every download, a PDF rendered anew each time. */
class VerifyArchiveServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private final UUID tenant = UUID.randomUUID();
    private final AtomicInteger renders = new AtomicInteger();
    private final DownloadingProvider<InvoiceRequest> provider = new DownloadingProvider<>((number, format) ->
            (format == DocumentFile.Format.XML ? "<Invoice>" + number + "</Invoice>"
                    : "%PDF " + number + " rendering " + renders.incrementAndGet()).getBytes(StandardCharsets.UTF_8));
    private final InMemoryDocumentArchive store = new InMemoryDocumentArchive();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final MutableClock clock = new MutableClock(NOW);
    private final AuditTrail trail = new AuditTrail(audit, clock);
    private final LegalArchive archive = new LegalArchive(List.of(new InvoiceDocumentType(provider)), store, trail,
            clock);
    private final VerifyArchiveService verify = new VerifyArchiveService(archive,
            new InMemoryTenantRepository().with(tenant), trail);

    @Test
    void alteredFilesAreMismatchesAndLostOnesComeBackOnlyIfTheProviderServesTheSameBytes() {
        for (String number : List.of("SETP1", "SETP2", "SETP3")) {
            for (DocumentFile.Format format : DocumentFile.Format.values()) {
                archive.fetchAndKeep(key(number, format), NOW);
            }
        }
        store.damage(key("SETP1", DocumentFile.Format.PDF), "%PDF forged".getBytes(StandardCharsets.UTF_8));
        store.lose(key("SETP2", DocumentFile.Format.XML));
        store.lose(key("SETP3", DocumentFile.Format.PDF));

        Verification verification = verify.verify(tenant, "user:admin");

        assertThat(List.of(verification.checked(), verification.intact(), verification.mismatched(),
                verification.missing(), verification.refetched())).containsExactly(6L, 3L, 1L, 1L, 1L);
        assertThat(verification.findings()).containsExactly(
                new Finding(tenant, DocumentKind.INVOICE, "SETP1", DocumentFile.Format.PDF, Problem.MISMATCH),
                new Finding(tenant, DocumentKind.INVOICE, "SETP2", DocumentFile.Format.XML, Problem.REFETCHED),
                new Finding(tenant, DocumentKind.INVOICE, "SETP3", DocumentFile.Format.PDF, Problem.MISSING));
        assertThat(verification.findingsTruncated()).isFalse();
        assertThat(store.content(store.find(key("SETP1", DocumentFile.Format.PDF)).orElseThrow()))
                .as("evidence is never repaired").contains("%PDF forged".getBytes(StandardCharsets.UTF_8));
        assertThat(audit.all()).filteredOn(event -> event.action().equals("archive.verify")).singleElement()
                .satisfies(event -> {
                    assertThat(event.outcome()).isEqualTo("DAMAGED");
                    assertThat(event.detail()).isEqualTo("checked=6 intact=3 mismatched=1 missing=1 refetched=1");
                    assertThat(event.tenantId()).isEqualTo(tenant);
                });
    }

    @Test
    void aLostFileStaysMissingWhileTheProviderIsDownAndAnUnknownTenantIsNotFound() {
        archive.fetchAndKeep(key("SETP1", DocumentFile.Format.XML), NOW);
        store.lose(key("SETP1", DocumentFile.Format.XML));
        provider.down = true;

        assertThat(verify.verify(null, "user:admin").missing()).isEqualTo(1);
        assertThatThrownBy(() -> verify.verify(UUID.randomUUID(), "user:admin")).isInstanceOf(NotFoundException.class);
    }

    private ArchiveKey key(String number, DocumentFile.Format format) {
        return new ArchiveKey(tenant, DocumentKind.INVOICE, number, format);
    }
}
