package co.factusapi.adapter.out.archive;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.application.port.out.DocumentArchive;
import co.factusapi.application.port.out.DocumentArchive.Write;
import co.factusapi.domain.archive.ArchiveKey;
import co.factusapi.domain.archive.ArchivedFile;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.testsupport.MigratedDatabase;
import co.factusapi.testsupport.TestTenants;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The archive port's contract, on H2 and PostgreSQL, with the bytes in the database and in files. */
class DocumentArchiveTest {
    private static final Instant ISSUED = Instant.parse("2026-12-31T23:00:00Z");
    private static final Instant NOW = Instant.parse("2027-01-02T10:00:00Z");

    @Test
    void thePortOffersNoWayToChangeOrDeleteAnArchivedFile() {
        assertThat(Arrays.stream(DocumentArchive.class.getDeclaredMethods()).map(Method::getName).sorted())
                .containsExactly("content", "find", "list", "store");
    }

    @Nested
    class DatabaseOnH2 extends Contract {
        @Override
        DataSource dataSource() {
            return MigratedDatabase.h2();
        }
    }

    @Nested
    class DatabaseOnPostgres extends Contract {
        @Override
        DataSource dataSource() {
            return MigratedDatabase.postgres();
        }
    }

    @Nested
    class FilesOnH2 extends FileContract {
        @Override
        DataSource dataSource() {
            return MigratedDatabase.h2();
        }
    }

    @Nested
    class FilesOnPostgres extends FileContract {
        @Override
        DataSource dataSource() {
            return MigratedDatabase.postgres();
        }
    }

    abstract static class FileContract extends Contract {
        @TempDir
        Path directory;

        @Override
        ArchiveContents contents(JdbcClient jdbc) {
            return new FileSystemArchiveContents(directory);
        }

        @Test
        void aFileIsLaidOutByTenantKindYearOfIssueAndNumberReadOnlyWithNothingElseLeft() throws IOException {
            archive.store(file(key(DocumentFile.Format.XML), XML), XML);

            Path stored = directory.resolve(tenant + "/credit-note/2026/NC17/NC17.xml");
            assertThat(stored).hasBinaryContent(XML);
            // Owner read only (root may still write: hence the permissions, not Files.isWritable)
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stored))).isEqualTo("r--------");
            try (Stream<Path> all = Files.walk(directory)) {
                assertThat(all.filter(Files::isRegularFile)).containsExactly(stored);
            }
        }
    }

    abstract static class Contract {
        static final byte[] PDF = "%PDF-1.4 the original".getBytes(StandardCharsets.US_ASCII);
        static final byte[] XML = "<AttachedDocument/>".getBytes(StandardCharsets.UTF_8);
        DocumentArchive archive;
        JdbcClient jdbc;
        UUID tenant;

        abstract DataSource dataSource();

        ArchiveContents contents(JdbcClient jdbc) {
            return new DatabaseArchiveContents(jdbc);
        }

        @BeforeEach
        void createArchive() {
            DataSource dataSource = dataSource();
            jdbc = JdbcClient.create(dataSource);
            ArchiveContents contents = contents(jdbc);
            archive = new JdbcDocumentArchive(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                    contents, List.of(contents));
            tenant = TestTenants.create(jdbc);
        }

        ArchiveKey key(DocumentFile.Format format) {
            return new ArchiveKey(tenant, DocumentKind.CREDIT_NOTE, "NC17", format);
        }

        static ArchivedFile file(ArchiveKey key, byte[] content) {
            return ArchivedFile.of(key, new DocumentFile("nc-17." + key.format().name().toLowerCase(), key.format(),
                    content), ISSUED, NOW);
        }

        @Test
        void aStoredFileKeepsItsBytesHashSizeContentTypeAndTimes() {
            ArchiveKey key = key(DocumentFile.Format.PDF);

            assertThat(archive.store(file(key, PDF), PDF)).isEqualTo(Write.STORED);

            ArchivedFile stored = archive.find(key).orElseThrow();
            assertThat(stored).isEqualTo(new ArchivedFile(key, "nc-17.pdf", "application/pdf", PDF.length,
                    ArchivedFile.sha256(PDF), ISSUED, NOW));
            assertThat(stored.sha256()).hasSize(64);
            assertThat(archive.content(stored)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(PDF));
            assertThat(archive.find(key(DocumentFile.Format.XML))).isEmpty();
        }

        @Test
        void theSameBytesAgainAreANoOpAndOtherBytesAConflictThatChangesNothing() {
            ArchiveKey key = key(DocumentFile.Format.PDF);
            archive.store(file(key, PDF), PDF);
            byte[] other = "%PDF-1.4 regenerated".getBytes(StandardCharsets.US_ASCII);

            assertThat(archive.store(file(key, PDF), PDF)).isEqualTo(Write.ALREADY_STORED);
            assertThat(archive.store(file(key, other), other)).isEqualTo(Write.CONFLICT);

            ArchivedFile stored = archive.find(key).orElseThrow();
            assertThat(stored.sha256()).isEqualTo(ArchivedFile.sha256(PDF));
            assertThat(archive.content(stored)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(PDF));
        }

        @Test
        void concurrentWritesOfOneFileStoreItOnce() throws Exception {
            ArchiveKey key = key(DocumentFile.Format.XML);
            List<Callable<Write>> writers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                writers.add(() -> archive.store(file(key, XML), XML));
            }
            List<Write> writes = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
                for (Future<Write> write : pool.invokeAll(writers)) {
                    writes.add(write.get());
                }
            }
            assertThat(writes).containsOnlyOnce(Write.STORED).containsOnly(Write.STORED, Write.ALREADY_STORED);
        }

        @Test
        void filesAreListedInKeyOrderPerTenantOrAllAndPageByKey() {
            UUID other = TestTenants.create(jdbc);
            for (String number : List.of("NC2", "NC1")) {
                for (DocumentFile.Format format : DocumentFile.Format.values()) {
                    ArchiveKey key = new ArchiveKey(tenant, DocumentKind.CREDIT_NOTE, number, format);
                    archive.store(file(key, PDF), PDF);
                }
            }
            ArchiveKey others = new ArchiveKey(other, DocumentKind.INVOICE, "SETP1", DocumentFile.Format.PDF);
            archive.store(file(others, PDF), PDF);

            List<ArchivedFile> first = archive.list(tenant, null, 3);
            assertThat(first).extracting(f -> f.key().number() + "/" + f.key().format())
                    .containsExactly("NC1/PDF", "NC1/XML", "NC2/PDF");
            assertThat(archive.list(tenant, first.getLast().key(), 3)).extracting(f -> f.key().number() + "/" + f.key().format())
                    .containsExactly("NC2/XML");
            assertThat(archive.list(null, null, 10)).hasSize(5);
        }

        @Test
        void bytesThatWentMissingArePutBackByTheSameFileOnly() {
            ArchiveKey key = key(DocumentFile.Format.PDF);
            archive.store(file(key, PDF), PDF);
            ArchivedFile stored = archive.find(key).orElseThrow();
            lose(stored);
            assertThat(archive.content(stored)).isEmpty();

            assertThat(archive.store(file(key, "other".getBytes()), "other".getBytes())).isEqualTo(Write.CONFLICT);
            assertThat(archive.content(stored)).isEmpty();
            assertThat(archive.store(file(key, PDF), PDF)).isEqualTo(Write.RESTORED);
            assertThat(archive.content(stored)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(PDF));
            assertThat(archive.find(key)).contains(stored);
        }

        /** What an operator's mistake or a failing disk does; the port itself cannot. */
        void lose(ArchivedFile file) {
            ArchiveKey key = file.key();
            if (this instanceof FileContract files) {
                try {
                    Files.delete(files.directory.resolve(tenant + "/credit-note/2026/" + key.number() + "/"
                            + key.number() + "." + key.format().name().toLowerCase()));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                return;
            }
            jdbc.sql("DELETE FROM archived_file_contents WHERE tenant_id = ? AND number = ? AND format = ?")
                    .params(tenant, key.number(), key.format().name()).update();
        }
    }
}
