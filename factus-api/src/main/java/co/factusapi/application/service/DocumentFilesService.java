package co.factusapi.application.service;

import co.factusapi.application.port.in.DocumentFilesUseCase;
import co.factusapi.application.port.in.FindDocumentsUseCase;
import co.factusapi.application.port.out.DocumentLedger;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.application.port.out.DocumentProvider;
import co.factusapi.application.port.out.InvoiceEventsGateway;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.invoice.InvoiceEvent;
import java.time.Clock;
import java.util.List;

/** Document operations go to the provider only for documents our ledger knows, so bad numbers never leave. */
public final class DocumentFilesService implements DocumentFilesUseCase {
    private final DocumentProviders providers;
    private final InvoiceEventsGateway events;
    private final FindDocumentsUseCase find;
    private final DocumentLedger ledger;
    private final Clock clock;
    private final AuditTrail audit;
    private final LegalArchive archive;

    public DocumentFilesService(List<DocumentType<?>> types, InvoiceEventsGateway events, FindDocumentsUseCase find,
                                DocumentLedger ledger, Clock clock, AuditTrail audit, LegalArchive archive) {
        this.providers = new DocumentProviders(types);
        this.events = events;
        this.find = find;
        this.ledger = ledger;
        this.clock = clock;
        this.audit = audit;
        this.archive = archive;
    }

    @Override
    public DocumentFile download(DocumentKind kind, String number, DocumentFile.Format format) {
        return archive.download(find.byNumber(kind, number), format);
    }

    @Override
    public void sendEmail(DocumentKind kind, String number, String email, String actor) {
        LedgerEntry<?> document = find.byNumber(kind, number);
        provider(kind).sendEmail(document.number(), email);
        audit.document(actor, "send-email", document, null);
    }

    @Override
    public List<InvoiceEvent> events(String invoiceNumber) {
        return events.events(find.byNumber(DocumentKind.INVOICE, invoiceNumber).number());
    }

    @Override
    public LedgerEntry<?> deleteUnvalidated(DocumentKind kind, String referenceCode, String actor) {
        LedgerEntry<?> document = ledger.findByReference(ActingTenant.id(), kind, referenceCode).orElseThrow(() ->
                new NotFoundException("There is no " + kind.label() + " with reference code " + referenceCode
                        + " in this account."));
        if (document.status() == DocumentStatus.ISSUED) {
            throw new ConflictException(kind.slug() + "-validated", "The " + kind.label() + " " + document.number()
                    + " is validated by DIAN and cannot be deleted; correct it with a note.");
        }
        if (document.status() == DocumentStatus.PENDING) {
            throw new ConflictException(kind.slug() + "-in-progress", "The " + kind.label()
                    + " is being issued right now; retry later.");
        }
        try {
            provider(kind).deleteUnvalidated(referenceCode);
        } catch (NotFoundException gone) {
            // The pipeline deletes a DIAN-rejected document at the provider the moment it is rejected; asking again
            // finds it gone, which is the outcome asked for. Anything else the provider does not know stays a 404.
            if (document.status() != DocumentStatus.REJECTED) {
                throw gone;
            }
        }
        ledger.markUpstreamDelete(document.id(), false);
        LedgerEntry<?> deleted = document.failed(DocumentStatus.DELETED, document.errors(), clock.instant());
        ledger.update(deleted);
        audit.document(actor, "delete", deleted, null);
        return deleted;
    }

    private DocumentProvider<?> provider(DocumentKind kind) {
        return providers.of(kind);
    }
}
