package co.factusapi.adapter.out.persistence;

import co.factusapi.application.port.out.LoginFailures;
import co.factusapi.domain.common.Sha256;
import java.time.Clock;
import java.time.Duration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed logins in SQL, one row per hashed user name (a name typed at the login is not kept). A failure after a lock
 * has run out, or long after the previous one, starts the count again, as the in-memory version forgets it.
 */
public class JdbcLoginFailures implements LoginFailures {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public JdbcLoginFailures(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Duration remainingLock(String username) {
        long now = clock.millis();
        return jdbc.sql("SELECT locked_until_ms FROM login_failures WHERE name_sha256 = :name")
                .param("name", Sha256.hex(username)).query(Long.class).optional()
                .filter(until -> until > now).map(until -> Duration.ofMillis(until - now)).orElse(Duration.ZERO);
    }

    @Override
    public void failed(String username, int maxFailures, Duration lockout) {
        String name = Sha256.hex(username);
        long now = clock.millis();
        ensureRow(name, now);
        transactions.executeWithoutResult(status -> {
            jdbc.sql("UPDATE login_failures SET "
                            + "failures = CASE WHEN locked_until_ms IS NOT NULL OR last_failure_ms < :stale THEN 1 "
                            + "ELSE failures + 1 END, "
                            + "locked_until_ms = CASE WHEN locked_until_ms IS NOT NULL OR last_failure_ms < :stale "
                            + "THEN NULL ELSE locked_until_ms END, last_failure_ms = :now WHERE name_sha256 = :name")
                    .param("stale", now - lockout.toMillis()).param("now", now).param("name", name).update();
            jdbc.sql("UPDATE login_failures SET locked_until_ms = :until WHERE name_sha256 = :name "
                            + "AND failures >= :max AND locked_until_ms IS NULL")
                    .param("until", now + lockout.toMillis()).param("name", name).param("max", maxFailures)
                    .update();
        });
    }

    @Override
    public void succeeded(String username) {
        jdbc.sql("DELETE FROM login_failures WHERE name_sha256 = :name").param("name", Sha256.hex(username)).update();
    }

    @Override
    public int forgetOlderThan(Duration after) {
        long before = clock.millis() - after.toMillis();
        return jdbc.sql("DELETE FROM login_failures WHERE last_failure_ms < :before "
                        + "AND (locked_until_ms IS NULL OR locked_until_ms < :before)")
                .param("before", before).update();
    }

    private void ensureRow(String name, long now) {
        try {
            jdbc.sql("INSERT INTO login_failures (name_sha256, failures, last_failure_ms) SELECT :name, 0, :now "
                            + "WHERE NOT EXISTS (SELECT 1 FROM login_failures WHERE name_sha256 = :name)")
                    .param("name", name).param("now", now).update();
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            // The row exists now, which is all that was needed.
        }
    }
}
