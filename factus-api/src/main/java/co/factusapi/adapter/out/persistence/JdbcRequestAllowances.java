package co.factusapi.adapter.out.persistence;

import co.factusapi.application.port.out.RequestAllowances;
import java.time.Clock;
import java.time.Duration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The generic cell rate algorithm on one row per bucket, shared by every instance on the database: {@code tat_ms} is
 * the bucket's theoretical arrival time (epoch ms). A request costs one emission interval (period / capacity) and is
 * allowed while the arrival time stays within one period of now, which allows a burst of {@code capacity}. The
 * conditional update decides concurrent requests. A granted request is that one auto-committed statement, which also
 * returns the new arrival time (PostgreSQL's {@code RETURNING}, through JDBC's generated keys); only a refusal reads
 * the row again. Nothing is held beyond one statement.
 */
public class JdbcRequestAllowances implements RequestAllowances {
    private static final Duration IDLE = Duration.ofHours(1);
    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcRequestAllowances(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Grant take(String bucket, long capacity, Duration period) {
        long now = clock.millis();
        long interval = Math.max(1, period.toMillis() / capacity);
        for (int attempt = 0; attempt < 3; attempt++) {
            Grant grant = attempt(bucket, now, interval, period.toMillis());
            if (grant != null) {
                return grant;
            }
            createRow(bucket, now);
        }
        // Three races lost in a row to rows appearing: not a reason to refuse a caller.
        return new Grant(true, 0, Duration.ZERO, period);
    }

    /**
     * Null when the update found no row to take from: there was none, or (read committed) another instance's insert
     * committed between this update and the read that follows it, which must not read as a refusal.
     */
    private Grant attempt(String bucket, long now, long interval, long period) {
        GeneratedKeyHolder taken = new GeneratedKeyHolder();
        jdbc.sql("UPDATE request_allowance SET tat_ms = GREATEST(tat_ms, :now) + :interval "
                        + "WHERE bucket = :bucket AND GREATEST(tat_ms, :now) + :interval - :now <= :period")
                .param("now", now).param("interval", interval).param("period", period).param("bucket", bucket)
                .update(taken, "tat_ms");
        if (!taken.getKeyList().isEmpty()) {
            long ahead = ((Number) taken.getKeyList().getFirst().values().iterator().next()).longValue() - now;
            return new Grant(true, Math.max(0, (period - ahead) / interval), Duration.ZERO, Duration.ofMillis(ahead));
        }
        Long tat = jdbc.sql("SELECT tat_ms FROM request_allowance WHERE bucket = :bucket").param("bucket", bucket)
                .query(Long.class).optional().orElse(null);
        if (tat == null) {
            return null;
        }
        long ahead = Math.max(tat, now) - now;
        if (ahead + interval <= period) {
            return null;
        }
        return new Grant(false, 0, Duration.ofMillis(ahead + interval - period), Duration.ofMillis(ahead));
    }

    /** A row for a new bucket; another instance may create it at the same time. */
    private void createRow(String bucket, long now) {
        try {
            jdbc.sql("INSERT INTO request_allowance (bucket, tat_ms) VALUES (:bucket, :now)")
                    .param("bucket", bucket).param("now", now).update();
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            // The row exists now, which is all that was needed.
        }
    }

    @Override
    public int forgetIdle() {
        return jdbc.sql("DELETE FROM request_allowance WHERE tat_ms < :before")
                .param("before", clock.millis() - IDLE.toMillis()).update();
    }
}
