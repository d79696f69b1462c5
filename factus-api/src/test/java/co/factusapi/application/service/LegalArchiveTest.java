package co.factusapi.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.domain.archive.ArchiveKey;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.testsupport.DownloadingProvider;
import co.factusapi.testsupport.InMemoryAuditLog;
import co.factusapi.testsupport.InMemoryDocumentArchive;
import co.factusapi.testsupport.Ledgers;
import co.factusapi.testsupport.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Downloads read the archive first and fall back to the provider, archiving what it serves. */
class LegalArchiveTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final byte[] PDF = "%PDF-1.4 original".getBytes(StandardCharsets.US_ASCII);

    private final UUID tenant = UUID.randomUUID();
    private final DownloadingProvider<InvoiceRequest> provider = new DownloadingProvider<>((number, format) -> PDF);
    private final InMemoryDocumentArchive store = new InMemoryDocumentArchive();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final MutableClock clock = new MutableClock(NOW);
    private final LegalArchive archive = new LegalArchive(List.of(new InvoiceDocumentType(provider)), store,
            new AuditTrail(audit, clock), clock);

    @Test
    void aFileTheArchiveLacksComesFromTheProviderAndIsArchivedSoTheNextDownloadNeverLeaves() {
        LedgerEntry<InvoiceRequest> invoice = issued("SETP1");

        assertThat(archive.download(invoice, DocumentFile.Format.PDF).content()).isEqualTo(PDF);
        assertThat(archive.download(invoice, DocumentFile.Format.PDF).content()).isEqualTo(PDF);

        assertThat(provider.downloads).isEqualTo(1);
        assertThat(store.find(key("SETP1")).orElseThrow().storedAt()).isEqualTo(NOW);
        assertThat(audit.all()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("invoice.archive");
            assertThat(event.outcome()).isEqualTo("STORED");
            assertThat(event.actor()).isEqualTo(LegalArchive.ARCHIVER);
            assertThat(event.tenantId()).isEqualTo(tenant);
        });
    }

    @Test
    void aDamagedArchivedFileIsNeverServedNorOverwritten() {
        LedgerEntry<InvoiceRequest> invoice = issued("SETP2");
        archive.download(invoice, DocumentFile.Format.PDF);
        byte[] damaged = "%PDF-1.4 damaged".getBytes(StandardCharsets.US_ASCII);
        store.damage(key("SETP2"), damaged);

        assertThat(archive.download(invoice, DocumentFile.Format.PDF).content()).isEqualTo(PDF);
        assertThat(store.content(store.find(key("SETP2")).orElseThrow())).contains(damaged);
    }

    @Test
    void onlyIssuedDocumentsAreArchivedAndAProviderFailureFailsTheDownloadAsBefore() {
        LedgerEntry<InvoiceRequest> awaiting = Ledgers.pendingInvoice(tenant, "REF-3", NOW)
                .settled(Ledgers.awaitingDian("SETP3"), NOW);
        archive.download(awaiting, DocumentFile.Format.PDF);
        assertThat(store.find(key("SETP3"))).isEmpty();

        provider.down = true;
        assertThatThrownBy(() -> archive.download(issued("SETP4"), DocumentFile.Format.XML))
                .isInstanceOf(UpstreamException.class);
    }

    private LedgerEntry<InvoiceRequest> issued(String number) {
        return Ledgers.pendingInvoice(tenant, "REF-" + number, NOW).settled(Ledgers.validated(number,
                Ledgers.INVOICE_TOTALS), NOW);
    }

    private ArchiveKey key(String number) {
        return new ArchiveKey(tenant, co.factusapi.domain.document.DocumentKind.INVOICE, number,
                DocumentFile.Format.PDF);
    }
}
