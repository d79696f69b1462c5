package co.factusapi.adapter.out.persistence;

import co.factusapi.application.port.out.DocumentLedger;
import co.factusapi.testsupport.InMemoryDocumentLedger;
import co.factusapi.testsupport.MigratedDatabase;
import co.factusapi.testsupport.TestTenants;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class DocumentLedgerTest {

    @Nested
    class InMemory extends DocumentLedgerContract {
        @Override
        protected DocumentLedger create() {
            return new InMemoryDocumentLedger();
        }

        @Override
        protected UUID newAccount() {
            return UUID.randomUUID();
        }
    }

    @Nested
    class OnH2 extends SqlContract {
        @Override
        DataSource dataSource() {
            return MigratedDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends SqlContract {
        @Override
        DataSource dataSource() {
            return MigratedDatabase.postgres();
        }
    }

    abstract static class SqlContract extends DocumentLedgerContract {
        private JdbcClient jdbc;

        abstract DataSource dataSource();

        @Override
        protected DocumentLedger create() {
            DataSource dataSource = dataSource();
            jdbc = JdbcClient.create(dataSource);
            return new JdbcDocumentLedger(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                    new JdbcInstanceRegistry(jdbc, Duration.ofSeconds(5), Duration.ofSeconds(1)));
        }

        @Override
        protected UUID newAccount() {
            return TestTenants.create(jdbc);
        }
    }
}
