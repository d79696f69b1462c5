package co.factusapi.adapter.out.export;

import co.factusapi.adapter.out.persistence.SqlTime;
import co.factusapi.application.port.out.ExportJobRepository;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.export.ExportJob;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Export jobs in {@code export_jobs}; a job is claimed by a conditional UPDATE of its state and owner. */
public final class JdbcExportJobRepository implements ExportJobRepository {
    private static final String COLUMNS = "id, tenant_id, state, owner, from_date, to_date, kinds, statuses, done, "
            + "total, size_bytes, error, created_by, created_at, started_at, finished_at, expires_at";

    private final JdbcClient jdbc;

    public JdbcExportJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(ExportJob job) {
        jdbc.sql("INSERT INTO export_jobs (id, tenant_id, state, from_date, to_date, kinds, statuses, done, total, "
                        + "created_by, created_at, expires_at) VALUES (:id, :tenant_id, :state, :from_date, :to_date, "
                        + ":kinds, :statuses, 0, 0, :created_by, :created_at, :expires_at)")
                .param("id", job.id())
                .param("tenant_id", job.tenantId())
                .param("state", job.state().name())
                .param("from_date", Date.valueOf(job.from()))
                .param("to_date", Date.valueOf(job.to()))
                .param("kinds", job.kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("statuses", job.statuses().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("created_by", job.createdBy())
                .param("created_at", SqlTime.timestamp(job.createdAt()))
                .param("expires_at", SqlTime.timestamp(job.expiresAt()))
                .update();
    }

    @Override
    public Optional<ExportJob> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM export_jobs WHERE id = :id AND tenant_id = :tenant_id")
                .param("id", id).param("tenant_id", tenantId).query((rs, n) -> job(rs)).optional();
    }

    @Override
    public List<ExportJob> list(UUID tenantId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM export_jobs WHERE tenant_id = :tenant_id "
                        + "ORDER BY created_at DESC, id LIMIT :limit")
                .param("tenant_id", tenantId).param("limit", limit).query((rs, n) -> job(rs)).list();
    }

    @Override
    public Optional<ExportJob> claimNext(String owner, Instant now) {
        List<UUID> queued = jdbc.sql("SELECT id FROM export_jobs WHERE state = 'QUEUED' ORDER BY created_at, id LIMIT 5")
                .query(UUID.class).list();
        for (UUID id : queued) {
            int claimed = jdbc.sql("UPDATE export_jobs SET state = 'RUNNING', owner = :owner, started_at = :now "
                            + "WHERE id = :id AND state = 'QUEUED'")
                    .param("owner", owner).param("now", SqlTime.timestamp(now)).param("id", id).update();
            if (claimed == 1) {
                return byId(id);
            }
        }
        return Optional.empty();
    }

    @Override
    public List<ExportJob> running() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM export_jobs WHERE state = 'RUNNING' ORDER BY created_at, id")
                .query((rs, n) -> job(rs)).list();
    }

    @Override
    public Optional<ExportJob> takeOver(UUID id, String deadOwner, String owner, Instant now) {
        int taken = jdbc.sql("UPDATE export_jobs SET owner = :owner, started_at = :now, done = 0 "
                        + "WHERE id = :id AND state = 'RUNNING' AND owner = :dead_owner")
                .param("owner", owner).param("now", SqlTime.timestamp(now)).param("id", id)
                .param("dead_owner", deadOwner).update();
        return taken == 1 ? byId(id) : Optional.empty();
    }

    @Override
    public void progress(UUID id, int done, int total) {
        jdbc.sql("UPDATE export_jobs SET done = :done, total = :total WHERE id = :id")
                .param("done", done).param("total", total).param("id", id).update();
    }

    @Override
    public void finish(UUID id, int done, long sizeBytes, Instant finishedAt, Instant expiresAt) {
        jdbc.sql("UPDATE export_jobs SET state = 'DONE', done = :done, total = :done, size_bytes = :size, "
                        + "finished_at = :finished_at, expires_at = :expires_at WHERE id = :id")
                .param("done", done).param("size", sizeBytes).param("finished_at", SqlTime.timestamp(finishedAt))
                .param("expires_at", SqlTime.timestamp(expiresAt)).param("id", id).update();
    }

    @Override
    public void fail(UUID id, String error, Instant finishedAt) {
        String shortError = error == null || error.length() <= 200 ? error : error.substring(0, 200);
        jdbc.sql("UPDATE export_jobs SET state = 'FAILED', error = :error, finished_at = :finished_at WHERE id = :id")
                .param("error", shortError).param("finished_at", SqlTime.timestamp(finishedAt)).param("id", id)
                .update();
    }

    @Override
    public List<ExportJob> expiredUnpurged(Instant now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM export_jobs WHERE state IN ('DONE', 'FAILED') "
                        + "AND expires_at <= :now AND purged_at IS NULL ORDER BY expires_at, id LIMIT :limit")
                .param("now", SqlTime.timestamp(now)).param("limit", limit).query((rs, n) -> job(rs)).list();
    }

    @Override
    public void purged(UUID id, Instant at) {
        jdbc.sql("UPDATE export_jobs SET purged_at = :at WHERE id = :id")
                .param("at", SqlTime.timestamp(at)).param("id", id).update();
    }

    private Optional<ExportJob> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM export_jobs WHERE id = :id").param("id", id)
                .query((rs, n) -> job(rs)).optional();
    }

    private static ExportJob job(ResultSet rs) throws SQLException {
        long size = rs.getLong("size_bytes");
        Long sizeBytes = rs.wasNull() ? null : size;
        return new ExportJob(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                ExportJob.State.valueOf(rs.getString("state")), rs.getString("owner"), rs.getDate("from_date").toLocalDate(),
                rs.getDate("to_date").toLocalDate(), names(rs.getString("kinds"), DocumentKind.class),
                names(rs.getString("statuses"), DocumentStatus.class), rs.getInt("done"), rs.getInt("total"),
                sizeBytes, rs.getString("error"), rs.getString("created_by"), SqlTime.instant(rs, "created_at"),
                SqlTime.instant(rs, "started_at"), SqlTime.instant(rs, "finished_at"),
                SqlTime.instant(rs, "expires_at"));
    }

    private static <E extends Enum<E>> Set<E> names(String joined, Class<E> type) {
        return Arrays.stream(joined.split(",")).filter(name -> !name.isBlank()).map(name -> Enum.valueOf(type, name))
                .collect(Collectors.toSet());
    }
}
