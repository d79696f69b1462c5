package co.factusapi.adapter.out.archive;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.adapter.out.persistence.JdbcDocumentLedger;
import co.factusapi.adapter.out.persistence.JdbcInstanceRegistry;
import co.factusapi.application.port.out.ArchiveBacklog;
import co.factusapi.application.port.out.DocumentArchive;
import co.factusapi.domain.archive.ArchiveKey;
import co.factusapi.domain.archive.ArchiveProgress;
import co.factusapi.domain.archive.ArchivedFile;
import co.factusapi.domain.archive.DocumentToArchive;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.testsupport.Ledgers;
import co.factusapi.testsupport.MigratedDatabase;
import co.factusapi.testsupport.TestTenants;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The archiver's backlog read from the ledger, on H2 and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(MigratedDatabase.Kind.class)
class ArchiveBacklogTest {
    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    @Parameter
    private MigratedDatabase.Kind database;
    private JdbcDocumentLedger ledger;
    private ArchiveBacklog backlog;
    private DocumentArchive archive;
    private UUID tenant;
    private JdbcClient jdbc;

    @BeforeEach
    void create() {
        DataSource dataSource = database.create();
        jdbc = JdbcClient.create(dataSource);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        ledger = new JdbcDocumentLedger(jdbc, transactions,
                new JdbcInstanceRegistry(jdbc, Duration.ofSeconds(5), Duration.ofSeconds(1)));
        backlog = new JdbcArchiveBacklog(jdbc);
        DatabaseArchiveContents contents = new DatabaseArchiveContents(jdbc);
        archive = new JdbcDocumentArchive(jdbc, transactions, contents, List.of(contents));
        tenant = TestTenants.create(jdbc);
    }

    @Test
    void issuedDocumentsLackingAFileAreDueInBatchesUntilArchivedSoAStoppedRunResumes() {
        UUID first = issued("SETP1", T0).id();
        issued("SETP2", T0.plusSeconds(1));
        issued("SETP3", T0.plusSeconds(2));
        LedgerEntry<?> awaiting = Ledgers.pendingInvoice(tenant, "REF-WAIT", T0)
                .settled(Ledgers.awaitingDian("SETP4"), T0);
        ledger.insert(awaiting);
        UUID otherTenant = TestTenants.create(JdbcClient.create(database.create()));

        List<DocumentToArchive> batch = backlog.due(tenant, T0.plusSeconds(60), 2);
        assertThat(batch).extracting(DocumentToArchive::number).containsExactly("SETP1", "SETP2");
        assertThat(batch.getFirst()).isEqualTo(new DocumentToArchive(first, tenant, DocumentKind.INVOICE, "SETP1",
                T0, Set.of(DocumentFile.Format.PDF, DocumentFile.Format.XML), 0));
        assertThat(backlog.due(otherTenant, T0.plusSeconds(60), 10)).isEmpty();

        archiveFile("SETP1", DocumentFile.Format.PDF);
        archiveFile("SETP1", DocumentFile.Format.XML);
        archiveFile("SETP2", DocumentFile.Format.XML);
        // what a stopped run left is where the next one starts
        assertThat(backlog.due(tenant, T0.plusSeconds(60), 10))
                .extracting(d -> d.number() + " " + new TreeSet<>(d.missing()))
                .containsExactly("SETP2 [PDF]", "SETP3 [PDF, XML]");
        assertThat(backlog.lagging(T0.plusSeconds(60))).isEqualTo(2);
        assertThat(backlog.lagging(T0.plusMillis(1500))).as("issued before the threshold only").isEqualTo(1);
        assertThat(backlog.lagging(tenant, T0, T0.plusSeconds(60))).isEqualTo(2);
        assertThat(backlog.lagging(tenant, T0.plusMillis(1500), T0.plusSeconds(60))).as("created since only")
                .isEqualTo(1);
        assertThat(backlog.lagging(otherTenant, T0, T0.plusSeconds(60))).isZero();
    }

    @Test
    void aFailedDocumentWaitsItsNextAttemptBehindTheOthersAndIsForgottenOnceArchived() {
        UUID broken = issued("SETP1", T0).id();
        issued("SETP2", T0.plusSeconds(1));

        backlog.failed(broken, 1, "UpstreamException", T0.plusSeconds(120), T0.plusSeconds(60));
        assertThat(backlog.due(tenant, T0.plusSeconds(61), 10)).extracting(DocumentToArchive::number)
                .containsExactly("SETP2");
        backlog.failed(broken, 2, "UpstreamException", T0.plusSeconds(300), T0.plusSeconds(120));
        assertThat(backlog.due(tenant, T0.plusSeconds(200), 10)).extracting(DocumentToArchive::number)
                .containsExactly("SETP2");
        assertThat(backlog.due(tenant, T0.plusSeconds(300), 10)).extracting(d -> d.number() + "/" + d.attempts())
                .as("due again, after the documents never tried").containsExactly("SETP2/0", "SETP1/2");

        backlog.archived(broken);
        assertThat(backlog.due(tenant, T0.plusSeconds(61), 10)).extracting(d -> d.number() + "/" + d.attempts())
                .containsExactly("SETP1/0", "SETP2/0");
    }

    @Test
    void progressCountsEachTenantsIssuedArchivedFailingAndLaggingDocuments() {
        issued("SETP1", T0);
        issued("SETP2", T0.plusSeconds(1));
        UUID failing = issued("SETP3", T0.plusSeconds(2)).id();
        ledger.insert(Ledgers.pendingInvoice(tenant, "REF-WAIT", T0).settled(Ledgers.awaitingDian("SETP4"), T0));
        UUID other = TestTenants.create(jdbc);
        issued(other, "SETP9", T0.plusSeconds(3));
        archiveFile("SETP1", DocumentFile.Format.PDF);
        archiveFile("SETP1", DocumentFile.Format.XML);
        archiveFile("SETP2", DocumentFile.Format.XML);
        backlog.failed(failing, 1, "UpstreamException", T0.plusSeconds(120), T0.plusSeconds(60));
        backlog.failed(failing, 2, "UpstreamException", T0.plusSeconds(300), T0.plusSeconds(120));

        List<ArchiveProgress> progress = backlog.progress(T0.plusMillis(1500));

        assertThat(progress).containsExactlyInAnyOrder(
                new ArchiveProgress(tenant, 3, 1, 1, 2, 1),
                new ArchiveProgress(other, 1, 0, 0, 0, 0));
        assertThat(ArchiveProgress.total(progress)).isEqualTo(new ArchiveProgress(null, 4, 1, 1, 2, 1));
        assertThat(ArchiveProgress.total(progress).pending()).isEqualTo(3);
        assertThat(backlog.progress(T0.plusSeconds(60))).extracting(ArchiveProgress::lagging).containsOnly(2L, 1L);
    }

    private LedgerEntry<?> issued(String number, Instant at) {
        return issued(tenant, number, at);
    }

    private LedgerEntry<?> issued(UUID tenant, String number, Instant at) {
        LedgerEntry<?> pending = Ledgers.pendingInvoice(tenant, "REF-" + number, at);
        ledger.insert(pending);
        LedgerEntry<?> issued = pending.settled(Ledgers.validated(number, Ledgers.INVOICE_TOTALS), at);
        ledger.update(issued);
        return issued;
    }

    private void archiveFile(String number, DocumentFile.Format format) {
        ArchiveKey key = new ArchiveKey(tenant, DocumentKind.INVOICE, number, format);
        byte[] content = (number + format).getBytes();
        archive.store(ArchivedFile.of(key, new DocumentFile(number, format, content), T0, T0), content);
    }
}
