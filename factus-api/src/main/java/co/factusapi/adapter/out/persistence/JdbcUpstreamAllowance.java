package co.factusapi.adapter.out.persistence;

import co.factusapi.application.port.out.UpstreamAllowance;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The generic cell rate algorithm on one row per tenant: the row's update lock orders the instances, and the slot
 * moves forward by one interval per call (never behind now minus the burst tolerance). One short transaction per
 * provider call; nothing is held while the caller waits for its slot.
 */
public class JdbcUpstreamAllowance implements UpstreamAllowance {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public JdbcUpstreamAllowance(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public Instant reserve(UUID tenantId, Duration interval, Duration tolerance, Instant now) {
        long earliest = now.toEpochMilli() - tolerance.toMillis();
        Long next = transactions.execute(status -> advance(tenantId, interval.toMillis(), earliest));
        if (next == null) {
            createRow(tenantId, earliest);
            next = transactions.execute(status -> advance(tenantId, interval.toMillis(), earliest));
        }
        return Instant.ofEpochMilli(Math.max(next - interval.toMillis(), now.toEpochMilli()));
    }

    /** The new next-slot time after this call took its slot; null when the tenant has no row yet. */
    private Long advance(UUID tenantId, long interval, long earliest) {
        int moved = jdbc.sql("UPDATE upstream_allowance SET next_slot_ms = GREATEST(next_slot_ms, :earliest) "
                        + "+ :interval WHERE tenant_id = :tenant")
                .param("earliest", earliest).param("interval", interval).param("tenant", tenantId)
                .update();
        return moved == 0 ? null : jdbc.sql("SELECT next_slot_ms FROM upstream_allowance WHERE tenant_id = :tenant")
                .param("tenant", tenantId).query(Long.class).single();
    }

    /** Outside the slot transaction: on PostgreSQL a duplicate key would abort it. */
    private void createRow(UUID tenantId, long earliest) {
        try {
            jdbc.sql("INSERT INTO upstream_allowance (tenant_id, next_slot_ms) VALUES (:tenant, :next)")
                    .param("tenant", tenantId).param("next", earliest)
                    .update();
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            // The row exists now, which is all that was needed.
        }
    }
}
