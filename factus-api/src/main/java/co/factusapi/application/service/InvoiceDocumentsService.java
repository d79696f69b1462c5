package co.factusapi.application.service;

import co.factusapi.application.port.in.FindInvoicesUseCase;
import co.factusapi.application.port.in.InvoiceDocumentsUseCase;
import co.factusapi.application.port.out.EInvoicingGateway;
import co.factusapi.application.port.out.InvoiceRepository;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.invoice.Invoice;
import co.factusapi.domain.invoice.InvoiceEvent;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Document operations go to the provider only for invoices our ledger knows, so bad numbers never leave. */
public final class InvoiceDocumentsService implements InvoiceDocumentsUseCase {
    private final EInvoicingGateway gateway;
    private final FindInvoicesUseCase ledger;
    private final InvoiceRepository invoices;
    private final Clock clock;
    private final UUID accountId;
    private final AuditTrail audit;

    public InvoiceDocumentsService(EInvoicingGateway gateway, InvoiceRepository invoices, Clock clock, UUID accountId,
                                   AuditTrail audit) {
        this.audit = audit;
        this.gateway = gateway;
        this.ledger = new InvoiceQueryService(invoices, accountId);
        this.invoices = invoices;
        this.clock = clock;
        this.accountId = accountId;
    }

    @Override
    public DocumentFile download(String number, DocumentFile.Format format) {
        return gateway.download(ledger.byNumber(number).number(), format);
    }

    @Override
    public List<InvoiceEvent> events(String number) {
        return gateway.events(ledger.byNumber(number).number());
    }

    @Override
    public void sendEmail(String number, String email, String actor) {
        Invoice invoice = ledger.byNumber(number);
        gateway.sendEmail(invoice.number(), email);
        audit.invoice(actor, "invoice.send-email", invoice, null);
    }

    @Override
    public Invoice deleteUnvalidated(String referenceCode, String actor) {
        Invoice invoice = invoices.findByReference(accountId, referenceCode).orElseThrow(() ->
                new NotFoundException("There is no invoice with reference code " + referenceCode + " in this account."));
        if (invoice.status() == DocumentStatus.ISSUED) {
            throw new ConflictException("invoice-validated", "Invoice " + invoice.number()
                    + " is validated by DIAN and cannot be deleted; issue a credit note to cancel it.");
        }
        if (invoice.status() == DocumentStatus.PENDING) {
            throw new ConflictException("invoice-in-progress", "The invoice is being issued right now; retry later.");
        }
        gateway.deleteUnvalidated(referenceCode);
        Invoice deleted = invoice.failed(DocumentStatus.DELETED, invoice.errors(), clock.instant());
        invoices.update(deleted);
        audit.invoice(actor, "invoice.delete", deleted, null);
        return deleted;
    }
}
