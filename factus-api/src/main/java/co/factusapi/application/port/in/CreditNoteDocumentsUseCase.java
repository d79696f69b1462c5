package co.factusapi.application.port.in;

import co.factusapi.domain.invoice.InvoiceDocument;

/** A credit note's documents at the provider: the PDF, the UBL XML, and e-mailing them. */
public interface CreditNoteDocumentsUseCase {

    InvoiceDocument download(String number, InvoiceDocument.Format format);

    void sendEmail(String number, String email);
}
