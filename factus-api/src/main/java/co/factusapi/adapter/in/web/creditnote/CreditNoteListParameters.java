package co.factusapi.adapter.in.web.creditnote;

import co.factusapi.adapter.in.web.invoice.InvoiceListParameters;
import co.factusapi.domain.creditnote.CreditNoteQuery;
import co.factusapi.domain.invoice.InvoiceQuery;

/** Query parameters of the credit-note list; parsed with the invoice list's rules (same statuses, dates, paging). */
public record CreditNoteListParameters(String status, String reference_code, String invoice_number,
                                       String created_from, String created_to, String page, String size) {

    CreditNoteQuery toQuery() {
        InvoiceQuery common = new InvoiceListParameters(status, reference_code, null, null, created_from, created_to,
                page, size).toQuery();
        return new CreditNoteQuery(common.status(), common.referenceCode(),
                invoice_number == null || invoice_number.isBlank() ? null : invoice_number.trim(),
                common.createdFrom(), common.createdTo(), common.page(), common.size());
    }
}
