package co.factusapi.adapter.out.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.adapter.out.persistence.SqlTime;
import co.factusapi.application.port.out.ExportJobRepository;
import co.factusapi.application.service.ExportDocumentsService;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.error.GoneException;
import co.factusapi.domain.export.ExportJob;
import co.factusapi.testsupport.MigratedDatabase;
import co.factusapi.testsupport.MutableClock;
import co.factusapi.testsupport.TestTenants;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Expired exports lose their files (docs/archive.md#export): the purge deletes the ZIP (and any part left) of each
 * finished export once the service's clock is past its expiry, never before, and marks the job, on H2 and PostgreSQL.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(MigratedDatabase.Kind.class)
class ExportPurgeTest {
    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
    private static final Duration TTL = Duration.ofHours(24);

    @Parameter
    private MigratedDatabase.Kind database;
    @TempDir
    private Path directory;
    private JdbcClient jdbc;
    private ExportJobRepository jobs;
    private FileSystemExportFiles files;
    private final MutableClock clock = new MutableClock(T0);
    private ExportDocumentsService exports;
    private UUID tenant;

    @BeforeEach
    void create() {
        jdbc = JdbcClient.create(database.create());
        jobs = new JdbcExportJobRepository(jdbc);
        files = new FileSystemExportFiles(directory);
        exports = new ExportDocumentsService(jobs, null, files, null, null, clock,
                new ExportDocumentsService.Settings(TTL, 366, 200, 100));
        tenant = TestTenants.create(jdbc);
    }

    @Test
    void theFilesOfAFinishedExportAreDeletedOnceItExpiresNeverBeforeAndTheJobIsMarked() {
        UUID first = finished(T0);
        UUID second = finished(T0.plus(Duration.ofHours(1)));
        UUID queued = job();
        UUID failed = job();
        jobs.fail(failed, "IOException", T0);
        write(failed, "index.csv");

        clock.advance(TTL.minusSeconds(1));
        assertThat(exports.purgeExpired()).as("nothing expired yet").isZero();
        assertThat(Files.exists(zip(first))).isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertThat(exports.purgeExpired()).as("the first export and the failed one, expired now").isEqualTo(2);
        assertThat(Files.exists(zip(first))).isFalse();
        assertThat(Files.exists(part(first, "index.json"))).as("a part left by a crash goes too").isFalse();
        assertThat(Files.exists(part(failed, "index.csv"))).isFalse();
        assertThat(Files.exists(zip(second))).as("expires an hour later").isTrue();
        assertThat(purgedAt(first)).isEqualTo(T0.plus(TTL));
        assertThat(purgedAt(second)).isNull();
        assertThat(purgedAt(queued)).as("never finished: not the purge's").isNull();
        assertThatThrownBy(() -> ActingTenant.call(tenant, () -> exports.download(first)))
                .isInstanceOf(GoneException.class);
        assertThat(exports.purgeExpired()).as("each job once").isZero();

        clock.advance(Duration.ofHours(1));
        assertThat(exports.purgeExpired()).isEqualTo(1);
        assertThat(Files.exists(zip(second))).isFalse();
        assertThat(directory.resolve(tenant.toString())).isEmptyDirectory();
    }

    @Test
    void aJobWhoseFileIsAlreadyGoneIsMarkedAllTheSame() {
        UUID gone = finished(T0);
        files.discard(tenant, gone);

        clock.advance(TTL);
        assertThat(exports.purgeExpired()).isEqualTo(1);
        assertThat(purgedAt(gone)).isEqualTo(T0.plus(TTL));
    }

    /** A DONE export finished at {@code at} (expiring a TTL later) with its ZIP published and a stray part beside. */
    private UUID finished(Instant at) {
        UUID id = job();
        write(id, "zip");
        long size = files.publish(tenant, id);
        write(id, "index.json");
        jobs.finish(id, 1, size, at, at.plus(TTL));
        return id;
    }

    private UUID job() {
        ExportJob job = ExportJob.queued(UUID.randomUUID(), tenant, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
                Set.of(DocumentKind.INVOICE), Set.of(DocumentStatus.ISSUED), "admin", T0, TTL);
        jobs.insert(job);
        return job.id();
    }

    private void write(UUID id, String part) {
        try (OutputStream out = files.create(tenant, id, part)) {
            out.write(("PK " + part).getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path zip(UUID id) {
        return directory.resolve(tenant.toString()).resolve(id + ".zip");
    }

    private Path part(UUID id, String part) {
        return directory.resolve(tenant.toString()).resolve(id + "." + part + ".part");
    }

    private Instant purgedAt(UUID id) {
        return jdbc.sql("SELECT purged_at FROM export_jobs WHERE id = :id").param("id", id)
                .query((rs, n) -> SqlTime.instant(rs, "purged_at")).list().getFirst();
    }
}
