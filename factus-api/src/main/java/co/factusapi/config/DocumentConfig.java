package co.factusapi.config;

import co.factusapi.adapter.in.web.document.DocumentOperations;
import co.factusapi.adapter.out.factus.FactusAdapterFactory;
import co.factusapi.adapter.out.factus.FactusSettings;
import co.factusapi.adapter.out.persistence.JdbcAccountRepository;
import co.factusapi.adapter.out.persistence.JdbcDocumentLedger;
import co.factusapi.adapter.out.persistence.JdbcInstanceRegistry;
import co.factusapi.application.port.in.DocumentFilesUseCase;
import co.factusapi.application.port.in.FindDocumentsUseCase;
import co.factusapi.application.port.in.IssueDocumentUseCase;
import co.factusapi.application.port.out.DocumentLedger;
import co.factusapi.application.port.out.InvoiceEventsGateway;
import co.factusapi.application.service.AdjustmentNoteDocumentType;
import co.factusapi.application.service.AuditTrail;
import co.factusapi.application.service.CreditNoteDocumentType;
import co.factusapi.application.service.DebitNoteDocumentType;
import co.factusapi.application.service.DocumentFilesService;
import co.factusapi.application.service.DocumentPipeline;
import co.factusapi.application.service.DocumentQueryService;
import co.factusapi.application.service.DocumentType;
import co.factusapi.application.service.InvoiceDocumentType;
import co.factusapi.application.service.SupportDocumentDocumentType;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Builds the document pipeline, its document types and the ledger use cases (plain classes) from their ports. */
@Configuration(proxyBeanMethods = false)
public class DocumentConfig {

    @Bean
    JdbcDocumentLedger documentLedger(JdbcClient jdbc, PlatformTransactionManager transactions,
                                      JdbcInstanceRegistry instances) {
        return new JdbcDocumentLedger(jdbc, new TransactionTemplate(transactions), instances);
    }

    @Bean
    JdbcAccountRepository accountRepository(JdbcClient jdbc, Clock clock) {
        return new JdbcAccountRepository(jdbc, clock);
    }

    /** The Factus account every document of this instance belongs to (one account today; the model allows more). */
    @Bean
    CurrentAccount currentAccount(JdbcAccountRepository accounts, FactusProperties properties, FactusSettings settings) {
        return new CurrentAccount(accounts.ensure(properties.accountName(), settings.baseUrl()));
    }

    @Bean
    InvoiceDocumentType invoiceDocumentType(FactusAdapterFactory factus) {
        return new InvoiceDocumentType(factus.invoices());
    }

    @Bean
    CreditNoteDocumentType creditNoteDocumentType(FactusAdapterFactory factus) {
        return new CreditNoteDocumentType(factus.creditNotes());
    }

    @Bean
    DebitNoteDocumentType debitNoteDocumentType(FactusAdapterFactory factus) {
        return new DebitNoteDocumentType(factus.debitNotes());
    }

    @Bean
    SupportDocumentDocumentType supportDocumentDocumentType(FactusAdapterFactory factus) {
        return new SupportDocumentDocumentType(factus.supportDocuments());
    }

    @Bean
    AdjustmentNoteDocumentType adjustmentNoteDocumentType(FactusAdapterFactory factus) {
        return new AdjustmentNoteDocumentType(factus.adjustmentNotes());
    }

    @Bean
    InvoiceEventsGateway invoiceEventsGateway(FactusAdapterFactory factus) {
        return factus.invoiceEvents();
    }

    /** A PENDING entry older than four validate timeouts belongs to a crashed attempt. */
    @Bean
    DocumentPipeline documentPipeline(List<DocumentType<?>> types, DocumentLedger ledger, Clock clock,
                                      CurrentAccount account, FactusSettings settings, AuditTrail audit) {
        return new DocumentPipeline(types, ledger, clock, account.id(), settings.validateTimeout().multipliedBy(4), audit);
    }

    @Bean
    DocumentQueryService documentQueryService(DocumentLedger ledger, CurrentAccount account) {
        return new DocumentQueryService(ledger, account.id());
    }

    @Bean
    DocumentFilesService documentFilesService(List<DocumentType<?>> types, InvoiceEventsGateway events,
                                              FindDocumentsUseCase find, DocumentLedger ledger, Clock clock,
                                              CurrentAccount account, AuditTrail audit) {
        return new DocumentFilesService(types, events, find, ledger, clock, account.id(), audit);
    }

    @Bean
    DocumentOperations documentOperations(IssueDocumentUseCase issue, FindDocumentsUseCase find,
                                          DocumentFilesUseCase files) {
        return new DocumentOperations(issue, find, files);
    }

    public record CurrentAccount(UUID id) {
    }
}
