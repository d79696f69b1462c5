package co.factusapi.config;

import co.factusapi.adapter.in.web.document.DocumentOperations;
import co.factusapi.adapter.out.factus.FactusAccounts;
import co.factusapi.adapter.out.factus.FactusAdapterFactory;
import co.factusapi.adapter.out.factus.FactusSettings;
import co.factusapi.adapter.out.persistence.JdbcDocumentLedger;
import co.factusapi.adapter.out.persistence.JdbcInstanceRegistry;
import co.factusapi.adapter.out.persistence.JdbcWebhookOutbox;
import co.factusapi.application.port.in.DocumentFilesUseCase;
import co.factusapi.application.port.in.FindDocumentsUseCase;
import co.factusapi.application.port.in.IssueDocumentUseCase;
import co.factusapi.application.port.out.DocumentLedger;
import co.factusapi.application.port.out.DocumentProvider;
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
import co.factusapi.application.service.LegalArchive;
import co.factusapi.application.service.SupportDocumentDocumentType;
import java.time.Clock;
import java.util.List;
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
                                      JdbcInstanceRegistry instances, JdbcWebhookOutbox webhookOutbox) {
        return new JdbcDocumentLedger(jdbc, new TransactionTemplate(transactions), instances, webhookOutbox);
    }

    @Bean
    InvoiceDocumentType invoiceDocumentType(FactusAccounts factus) {
        return new InvoiceDocumentType(factus.route(DocumentProvider.class, FactusAdapterFactory::invoices));
    }

    @Bean
    CreditNoteDocumentType creditNoteDocumentType(FactusAccounts factus) {
        return new CreditNoteDocumentType(factus.route(DocumentProvider.class, FactusAdapterFactory::creditNotes));
    }

    @Bean
    DebitNoteDocumentType debitNoteDocumentType(FactusAccounts factus) {
        return new DebitNoteDocumentType(factus.route(DocumentProvider.class, FactusAdapterFactory::debitNotes));
    }

    @Bean
    SupportDocumentDocumentType supportDocumentDocumentType(FactusAccounts factus) {
        return new SupportDocumentDocumentType(factus.route(DocumentProvider.class,
                FactusAdapterFactory::supportDocuments));
    }

    @Bean
    AdjustmentNoteDocumentType adjustmentNoteDocumentType(FactusAccounts factus) {
        return new AdjustmentNoteDocumentType(factus.route(DocumentProvider.class,
                FactusAdapterFactory::adjustmentNotes));
    }

    @Bean
    InvoiceEventsGateway invoiceEventsGateway(FactusAccounts factus) {
        return factus.route(InvoiceEventsGateway.class, FactusAdapterFactory::invoiceEvents);
    }

    /** A PENDING entry older than four validate timeouts belongs to a crashed attempt. */
    @Bean
    DocumentPipeline documentPipeline(List<DocumentType<?>> types, DocumentLedger ledger, Clock clock,
                                      FactusSettings settings, AuditTrail audit) {
        return new DocumentPipeline(types, ledger, clock, settings.validateTimeout().multipliedBy(4), audit);
    }

    @Bean
    DocumentQueryService documentQueryService(DocumentLedger ledger) {
        return new DocumentQueryService(ledger);
    }

    @Bean
    DocumentFilesService documentFilesService(List<DocumentType<?>> types, InvoiceEventsGateway events,
                                              FindDocumentsUseCase find, DocumentLedger ledger, Clock clock,
                                              AuditTrail audit, LegalArchive archive) {
        return new DocumentFilesService(types, events, find, ledger, clock, audit, archive);
    }

    @Bean
    DocumentOperations documentOperations(IssueDocumentUseCase issue, FindDocumentsUseCase find,
                                          DocumentFilesUseCase files) {
        return new DocumentOperations(issue, find, files);
    }
}
