package co.factusapi.application.port.out;

import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.invoice.InvoiceEvent;
import co.factusapi.domain.invoice.InvoiceRequest;
import java.util.List;
import java.util.Optional;

/**
 * The electronic-invoicing provider (Factus today) as the core sees it: issue a DIAN sales invoice and work with the
 * documents it holds. Authentication, provider ids and code maps are the adapter's business. Failures are
 * {@link co.factusapi.domain.error.UpstreamException}s (or an InvalidRequestException when a code cannot be resolved).
 */
public interface EInvoicingGateway {

    /** Creates the invoice at the provider and has DIAN validate it. Not idempotent: never retried blindly. */
    ProviderDocument issue(InvoiceRequest request);

    /** The provider's document with exactly this reference code, if it holds one (validated or not). */
    Optional<ProviderDocument> findByReference(String referenceCode);

    DocumentFile download(String number, DocumentFile.Format format);

    List<InvoiceEvent> events(String number);

    void sendEmail(String number, String email);

    /** Removes a document DIAN has not validated (the provider refuses validated ones). */
    void deleteUnvalidated(String referenceCode);
}
