package co.factusapi.application.port.in;

import co.factusapi.domain.invoice.Invoice;
import co.factusapi.domain.invoice.InvoiceRequest;

/** Issue a DIAN electronic sales invoice ("factura electrónica de venta") and record it in the ledger. */
public interface IssueInvoiceUseCase {

    /** The settled ledger entry: ISSUED, or UNKNOWN when DIAN has not answered yet. Failures are exceptions. */
    Invoice issue(InvoiceRequest request, String caller);
}
