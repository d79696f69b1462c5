package co.factusapi.application.port.in;

import co.factusapi.domain.document.DocumentFile;

/** A credit note's documents at the provider: the PDF, the UBL XML, and e-mailing them. */
public interface CreditNoteDocumentsUseCase {

    DocumentFile download(String number, DocumentFile.Format format);

    void sendEmail(String number, String email);
}
