package co.factusapi.adapter.out.persistence;

import co.factusapi.application.port.out.InvoiceRepository;
import co.factusapi.testsupport.MigratedDatabase;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcInvoiceRepositoryTest {

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

    abstract static class SqlContract extends InvoiceRepositoryContract {
        private JdbcClient jdbc;

        abstract DataSource dataSource();

        @Override
        protected InvoiceRepository create() {
            jdbc = JdbcClient.create(dataSource());
            return new JdbcInvoiceRepository(jdbc);
        }

        @Override
        protected UUID newAccount() {
            return new JdbcAccountRepository(jdbc, Clock.systemUTC()).ensure("account-" + UUID.randomUUID(), "http://factus");
        }
    }
}
