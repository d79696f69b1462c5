package co.factusapi.application.port.out;

import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.PaymentMethod;
import co.factusapi.domain.document.ProviderDocument;
import java.util.Optional;

/**
 * The provider's credit notes (DIAN "notas crédito") as the core sees it. Provider ids (numbering range, the
 * invoice's own id) are the adapter's business. Failures are {@link co.factusapi.domain.error.UpstreamException}s.
 */
public interface CreditNoteGateway {

    /** Creates the note (its lines resolved) against the named invoice and has DIAN validate it. Never retried blindly. */
    ProviderDocument issue(CreditNoteRequest request, PaymentMethod paymentMethod);

    /** The provider's credit note with exactly this reference code, if it holds one. */
    Optional<ProviderDocument> findByReference(String referenceCode);

    DocumentFile download(String number, DocumentFile.Format format);

    void sendEmail(String number, String email);
}
