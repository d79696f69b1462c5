package co.factusapi.config;

import co.factusapi.adapter.out.factus.FactusSettings;
import co.factusapi.adapter.out.persistence.JdbcAccountRepository;
import co.factusapi.adapter.out.persistence.JdbcInvoiceRepository;
import co.factusapi.application.port.out.EInvoicingGateway;
import co.factusapi.application.port.out.InvoiceRepository;
import co.factusapi.application.service.AuditTrail;
import co.factusapi.application.service.InvoiceDocumentsService;
import co.factusapi.application.service.InvoiceQueryService;
import co.factusapi.application.service.IssueInvoiceService;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds the invoice use cases (plain classes) from their ports. */
@Configuration(proxyBeanMethods = false)
public class InvoiceConfig {

    @Bean
    JdbcInvoiceRepository invoiceRepository(JdbcClient jdbc) {
        return new JdbcInvoiceRepository(jdbc);
    }

    /** The Factus account every invoice of this instance belongs to (one account today; the model allows more). */
    @Bean
    CurrentAccount currentAccount(JdbcClient jdbc, Clock clock, FactusProperties properties, FactusSettings settings) {
        String name = properties.accountName() == null || properties.accountName().isBlank() ? "default" : properties.accountName();
        return new CurrentAccount(new JdbcAccountRepository(jdbc, clock).ensure(name, settings.baseUrl()));
    }

    @Bean
    IssueInvoiceService issueInvoiceService(EInvoicingGateway gateway, InvoiceRepository invoices, Clock clock,
                                            CurrentAccount account, FactusSettings settings, AuditTrail audit) {
        return new IssueInvoiceService(gateway, invoices, clock, account.id(), settings.validateTimeout().multipliedBy(4),
                audit);
    }

    @Bean
    InvoiceQueryService invoiceQueryService(InvoiceRepository invoices, CurrentAccount account) {
        return new InvoiceQueryService(invoices, account.id());
    }

    @Bean
    InvoiceDocumentsService invoiceDocumentsService(EInvoicingGateway gateway, InvoiceRepository invoices, Clock clock,
                                                    CurrentAccount account, AuditTrail audit) {
        return new InvoiceDocumentsService(gateway, invoices, clock, account.id(), audit);
    }

    public record CurrentAccount(UUID id) {
    }
}
