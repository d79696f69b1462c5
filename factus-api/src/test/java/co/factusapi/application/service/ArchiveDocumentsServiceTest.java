package co.factusapi.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.application.port.in.ArchiveDocumentsUseCase;
import co.factusapi.application.port.out.ArchiveBacklog;
import co.factusapi.domain.archive.ArchiveProgress;
import co.factusapi.domain.archive.DocumentToArchive;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.testsupport.DownloadingProvider;
import co.factusapi.testsupport.InMemoryAuditLog;
import co.factusapi.testsupport.InMemoryDocumentArchive;
import co.factusapi.testsupport.InMemoryTenantRepository;
import co.factusapi.testsupport.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArchiveDocumentsServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final ArchiveDocumentsService.Settings SETTINGS = new ArchiveDocumentsService.Settings(10,
            Duration.ofMinutes(1), Duration.ofHours(6), Duration.ofMinutes(15));

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void aFailingDocumentWaitsTwiceAsLongAfterEachFailureUpToTheMaximum() {
        ArchiveDocumentsService archiver = new ArchiveDocumentsService(null, null, null, Clock.systemUTC(), SETTINGS);

        List<Duration> waits = IntStream.of(1, 2, 3, 9, 10, 1000).mapToObj(archiver::backoff).toList();

        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(256), Duration.ofHours(6), Duration.ofHours(6));
    }

    /** The scheduler stopped (the instance shutting down) interrupts the run in a download: it ends there. */
    @Test
    void anInterruptedRunStopsWhereItIsAndRecordsNoFailureSoTheNextRunTakesTheDocumentUpAtOnce() {
        UUID tenant = UUID.randomUUID();
        DownloadingProvider<InvoiceRequest> provider = new DownloadingProvider<>((number, format) -> {
            if (number.equals("SETP2")) {
                Thread.currentThread().interrupt();
                throw UpstreamException.unavailable("Interrupted while waiting for the Factus allowance.", null, null);
            }
            return (number + format).getBytes(StandardCharsets.US_ASCII);
        });
        MutableClock clock = new MutableClock(NOW);
        InMemoryDocumentArchive store = new InMemoryDocumentArchive();
        LegalArchive archive = new LegalArchive(List.of(new InvoiceDocumentType(provider)), store,
                new AuditTrail(new InMemoryAuditLog(), clock), clock);
        RecordingBacklog backlog = new RecordingBacklog(tenant, "SETP1", "SETP2", "SETP3", "SETP4");
        ArchiveDocumentsService archiver = new ArchiveDocumentsService(archive, backlog,
                new InMemoryTenantRepository().with(tenant).with(UUID.randomUUID()), clock, SETTINGS);

        ArchiveDocumentsUseCase.Report report = archiver.archivePending();

        assertThat(report.documents()).isEqualTo(1);
        assertThat(report.failed()).isZero();
        assertThat(backlog.calls).as("no failure recorded, no other tenant visited after the interrupt")
                .endsWith("due " + tenant, "archived SETP1").hasSizeLessThanOrEqualTo(3);
        assertThat(provider.downloads).as("SETP1's two files and SETP2's first; nothing after the interrupt")
                .isEqualTo(3);
        for (DocumentFile.Format format : DocumentFile.Format.values()) {
            assertThat(store.find(backlog.documents.get(0).key(format))).isPresent();
            assertThat(store.find(backlog.documents.get(1).key(format))).isEmpty();
        }
    }

    /** Hands out its documents to the tenant it holds them for, and records what the archiver tells it. */
    private static final class RecordingBacklog implements ArchiveBacklog {
        final List<DocumentToArchive> documents = new ArrayList<>();
        final List<String> calls = new ArrayList<>();
        private final UUID tenant;

        RecordingBacklog(UUID tenant, String... numbers) {
            this.tenant = tenant;
            for (String number : numbers) {
                documents.add(new DocumentToArchive(UUID.nameUUIDFromBytes(number.getBytes(StandardCharsets.UTF_8)),
                        tenant, DocumentKind.INVOICE, number, NOW, EnumSet.allOf(DocumentFile.Format.class), 0));
            }
        }

        @Override
        public List<DocumentToArchive> due(UUID tenantId, Instant now, int limit) {
            calls.add("due " + tenantId);
            return tenantId.equals(tenant) ? documents : List.of();
        }

        @Override
        public void failed(UUID documentId, int attempts, String error, Instant nextAttemptAt, Instant now) {
            calls.add("failed " + number(documentId));
        }

        @Override
        public void archived(UUID documentId) {
            calls.add("archived " + number(documentId));
        }

        @Override
        public long lagging(Instant issuedBefore) {
            return 0;
        }

        @Override
        public long lagging(UUID tenantId, Instant createdSince, Instant issuedBefore) {
            return 0;
        }

        @Override
        public List<ArchiveProgress> progress(Instant issuedBefore) {
            return List.of();
        }

        private String number(UUID documentId) {
            return documents.stream().filter(d -> d.documentId().equals(documentId)).findFirst().orElseThrow()
                    .number();
        }
    }
}
