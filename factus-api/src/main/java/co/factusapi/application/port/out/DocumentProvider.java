package co.factusapi.application.port.out;

import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentRequest;
import co.factusapi.domain.document.ProviderDocument;
import java.util.Optional;

/**
 * The e-invoicing provider's side of one kind of DIAN document, as the core sees it. Authentication, provider ids,
 * code maps and endpoints are the adapter's business; so is reading the provider's answers: DIAN's verdict reaches
 * the core as {@link ProviderDocument.DianState} or as an {@link co.factusapi.domain.error.UpstreamException} kind.
 */
public interface DocumentProvider<R extends DocumentRequest> {

    /** Creates the document at the provider and has DIAN validate it. Not idempotent: never retried blindly. */
    ProviderDocument issue(R request);

    /** The provider's document with exactly this reference code, if it holds one (validated or not). */
    Optional<ProviderDocument> findByReference(String referenceCode);

    /** Removes a document DIAN has not validated (the provider refuses validated ones). */
    void deleteUnvalidated(String referenceCode);

    DocumentFile download(String number, DocumentFile.Format format);

    void sendEmail(String number, String email);
}
