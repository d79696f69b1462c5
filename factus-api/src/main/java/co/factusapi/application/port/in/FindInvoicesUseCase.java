package co.factusapi.application.port.in;

import co.factusapi.domain.common.Page;
import co.factusapi.domain.invoice.Invoice;
import co.factusapi.domain.invoice.InvoiceQuery;

/** Read the invoice ledger (no provider call). */
public interface FindInvoicesUseCase {

    Page<Invoice> find(InvoiceQuery query);

    Invoice byNumber(String number);
}
