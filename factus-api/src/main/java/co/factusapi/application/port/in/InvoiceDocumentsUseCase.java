package co.factusapi.application.port.in;

import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.invoice.Invoice;
import co.factusapi.domain.invoice.InvoiceEvent;
import java.util.List;

/** Work with an issued invoice's documents at the provider: PDF/XML, RADIAN events, e-mail, removal of drafts. */
public interface InvoiceDocumentsUseCase {

    DocumentFile download(String number, DocumentFile.Format format);

    List<InvoiceEvent> events(String number);

    void sendEmail(String number, String email, String actor);

    /** Deletes an invoice DIAN has not validated; a validated one can only be corrected with a credit note. */
    Invoice deleteUnvalidated(String referenceCode, String actor);
}
