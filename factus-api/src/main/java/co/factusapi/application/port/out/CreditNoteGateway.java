package co.factusapi.application.port.out;

import co.factusapi.domain.invoice.CreditNoteRequest;
import co.factusapi.domain.invoice.InvoiceDocument;
import co.factusapi.domain.invoice.IssuedInvoice;
import co.factusapi.domain.invoice.PaymentMethod;
import java.util.Optional;

/**
 * The provider's credit notes (DIAN "notas crédito") as the core sees it. Provider ids (numbering range, the
 * invoice's own id) are the adapter's business. Failures are {@link co.factusapi.domain.error.UpstreamException}s.
 */
public interface CreditNoteGateway {

    /** Creates the note (its lines resolved) against the named invoice and has DIAN validate it. Never retried blindly. */
    IssuedInvoice issue(CreditNoteRequest request, PaymentMethod paymentMethod);

    /** The provider's credit note with exactly this reference code, if it holds one. */
    Optional<IssuedInvoice> findByReference(String referenceCode);

    InvoiceDocument download(String number, InvoiceDocument.Format format);

    void sendEmail(String number, String email);
}
