package co.factusapi.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.adapter.out.ratelimit.MemoryLoginFailures;
import co.factusapi.application.port.out.LoginFailures;
import co.factusapi.testsupport.MigratedDatabase;
import co.factusapi.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The login lock-out's memory, the same rules in memory and in the database; in the database the failures counted by
 * one instance lock the name on the others too.
 */
class LoginFailuresTest {
    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Nested
    class InMemory extends Contract {
        @Override
        LoginFailures first() {
            return memory;
        }

        @Override
        LoginFailures second() {
            return memory;
        }

        private final LoginFailures memory = new MemoryLoginFailures(clock, LOCKOUT);
    }

    @Nested
    class OnH2 extends OnDatabase {
        @Override
        DataSource dataSource() {
            return MigratedDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends OnDatabase {
        @Override
        DataSource dataSource() {
            return MigratedDatabase.postgres();
        }
    }

    abstract static class OnDatabase extends Contract {
        private final DataSource dataSource = dataSource();
        private final LoginFailures first = store();
        private final LoginFailures second = store();

        abstract DataSource dataSource();

        private LoginFailures store() {
            return new JdbcLoginFailures(JdbcClient.create(dataSource),
                    new TransactionTemplate(new DataSourceTransactionManager(dataSource)), clock);
        }

        @Override
        LoginFailures first() {
            return first;
        }

        @Override
        LoginFailures second() {
            return second;
        }

        @Test
        void theNameIsNotKeptInClear() {
            first.failed("maria.secret-name", 5, LOCKOUT);
            assertThat(JdbcClient.create(dataSource).sql("SELECT * FROM login_failures").query().listOfRows()
                    .toString()).doesNotContain("maria");
        }
    }

    abstract static class Contract {
        final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));

        abstract LoginFailures first();

        abstract LoginFailures second();

        @Test
        void theFifthFailureInARowLocksTheNameEverywhereForTheLockout() {
            for (int i = 0; i < 4; i++) {
                (i % 2 == 0 ? first() : second()).failed("maria", 5, LOCKOUT);
            }
            assertThat(first().remainingLock("maria")).isZero();
            second().failed("maria", 5, LOCKOUT);
            assertThat(first().remainingLock("maria")).isEqualTo(LOCKOUT);
            assertThat(second().remainingLock("jose")).isZero();

            clock.advance(Duration.ofMinutes(10));
            assertThat(second().remainingLock("maria")).isEqualTo(Duration.ofMinutes(5));
            clock.advance(Duration.ofMinutes(6));
            assertThat(first().remainingLock("maria")).isZero();
            // After the lock the count starts again: one failure does not lock.
            first().failed("maria", 5, LOCKOUT);
            assertThat(second().remainingLock("maria")).isZero();
        }

        @Test
        void aSuccessStartsTheCountAgain() {
            for (int i = 0; i < 4; i++) {
                first().failed("ana", 5, LOCKOUT);
            }
            second().succeeded("ana");
            for (int i = 0; i < 4; i++) {
                first().failed("ana", 5, LOCKOUT);
            }
            assertThat(second().remainingLock("ana")).isZero();
        }
    }
}
