package co.factusapi.adapter.out.persistence;

import co.factusapi.application.port.out.SubmissionTurns;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One row per tenant; a conditional update takes the turn, so two instances can never both hold it. */
public class JdbcSubmissionTurns implements SubmissionTurns {
    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcSubmissionTurns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean tryTake(UUID tenantId, String holder, Duration hold) {
        ensureRow(tenantId);
        long now = clock.millis();
        return jdbc.sql("UPDATE submission_turns SET holder = :holder, held_until_ms = :until WHERE tenant_id = :tenant "
                        + "AND (held_until_ms IS NULL OR held_until_ms < :now OR holder = :holder)")
                .param("holder", holder).param("until", now + hold.toMillis()).param("tenant", tenantId)
                .param("now", now)
                .update() == 1;
    }

    @Override
    public void release(UUID tenantId, String holder) {
        jdbc.sql("UPDATE submission_turns SET holder = NULL, held_until_ms = NULL WHERE tenant_id = :tenant "
                        + "AND holder = :holder")
                .param("tenant", tenantId).param("holder", holder)
                .update();
    }

    private void ensureRow(UUID tenantId) {
        try {
            jdbc.sql("INSERT INTO submission_turns (tenant_id) SELECT :tenant WHERE NOT EXISTS "
                            + "(SELECT 1 FROM submission_turns WHERE tenant_id = :tenant)")
                    .param("tenant", tenantId).update();
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            // The row exists now, which is all that was needed.
        }
    }
}
