package co.factusapi.application.port.in;

import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.invoice.InvoiceEvent;
import java.util.List;

/**
 * Work with issued documents at the provider: PDF/XML, e-mail, RADIAN events of invoices, removal of documents DIAN
 * has not validated. Only documents our ledger knows are asked for, so bad numbers never leave.
 */
public interface DocumentFilesUseCase {

    /** From the legal archive when it holds the file, else from the provider (and archived on the way). */
    DocumentFile download(DocumentKind kind, String number, DocumentFile.Format format);

    void sendEmail(DocumentKind kind, String number, String email, String actor);

    List<InvoiceEvent> events(String invoiceNumber);

    /**
     * Deletes a document DIAN has not validated; a validated one can only be corrected with a note. A DIAN-rejected
     * one the provider no longer holds (the pipeline deletes those at once) is recorded as deleted all the same.
     */
    LedgerEntry<?> deleteUnvalidated(DocumentKind kind, String referenceCode, String actor);
}
