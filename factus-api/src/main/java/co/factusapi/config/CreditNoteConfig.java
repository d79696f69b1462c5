package co.factusapi.config;

import co.factusapi.adapter.out.factus.FactusCatalog;
import co.factusapi.adapter.out.factus.FactusClient;
import co.factusapi.adapter.out.factus.FactusCreditNoteGateway;
import co.factusapi.adapter.out.factus.FactusSettings;
import co.factusapi.adapter.out.persistence.JdbcCreditNoteRepository;
import co.factusapi.application.port.out.CreditNoteGateway;
import co.factusapi.application.port.out.CreditNoteRepository;
import co.factusapi.application.port.out.InvoiceRepository;
import co.factusapi.application.service.AuditTrail;
import co.factusapi.application.service.CreditNoteQueryService;
import co.factusapi.application.service.IssueCreditNoteService;
import co.factusapi.config.InvoiceConfig.CurrentAccount;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Builds the credit-note use cases (plain classes) from their ports. */
@Configuration(proxyBeanMethods = false)
public class CreditNoteConfig {

    @Bean
    JdbcCreditNoteRepository creditNoteRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new JdbcCreditNoteRepository(jdbc, new TransactionTemplate(transactions));
    }

    @Bean
    FactusCreditNoteGateway factusCreditNoteGateway(FactusClient client, FactusCatalog catalog) {
        return new FactusCreditNoteGateway(client, catalog);
    }

    @Bean
    IssueCreditNoteService issueCreditNoteService(CreditNoteGateway gateway, CreditNoteRepository notes,
                                                  InvoiceRepository invoices, Clock clock, CurrentAccount account,
                                                  FactusSettings settings, AuditTrail audit) {
        return new IssueCreditNoteService(gateway, notes, invoices, clock, account.id(),
                settings.validateTimeout().multipliedBy(4), audit);
    }

    @Bean
    CreditNoteQueryService creditNoteQueryService(CreditNoteRepository notes, CreditNoteGateway gateway,
                                                  CurrentAccount account) {
        return new CreditNoteQueryService(notes, gateway, account.id());
    }
}
