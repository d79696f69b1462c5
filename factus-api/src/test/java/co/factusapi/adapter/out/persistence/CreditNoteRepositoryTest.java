package co.factusapi.adapter.out.persistence;

import co.factusapi.application.port.out.CreditNoteRepository;
import co.factusapi.application.port.out.InvoiceRepository;
import co.factusapi.testsupport.InMemoryCreditNoteRepository;
import co.factusapi.testsupport.InMemoryInvoiceRepository;
import co.factusapi.testsupport.MigratedDatabase;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class CreditNoteRepositoryTest {

    @Nested
    class InMemory extends CreditNoteRepositoryContract {
        @Override
        protected CreditNoteRepository createNotes() {
            return new InMemoryCreditNoteRepository();
        }

        @Override
        protected InvoiceRepository createInvoices() {
            return new InMemoryInvoiceRepository();
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

    abstract static class SqlContract extends CreditNoteRepositoryContract {
        private DataSource dataSource;
        private JdbcClient jdbc;

        abstract DataSource dataSource();

        @Override
        protected CreditNoteRepository createNotes() {
            dataSource = dataSource();
            jdbc = JdbcClient.create(dataSource);
            return new JdbcCreditNoteRepository(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        }

        @Override
        protected InvoiceRepository createInvoices() {
            return new JdbcInvoiceRepository(jdbc);
        }

        @Override
        protected UUID newAccount() {
            return new JdbcAccountRepository(jdbc, Clock.systemUTC()).ensure("account-" + UUID.randomUUID(), "http://factus");
        }
    }
}
