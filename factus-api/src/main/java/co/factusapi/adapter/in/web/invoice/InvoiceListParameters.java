package co.factusapi.adapter.in.web.invoice;

import co.factusapi.adapter.in.web.document.LedgerFilters;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentQuery;

/** Query parameters of the invoice list, bound by name (snake_case, as in the rest of the API). */
public record InvoiceListParameters(String status, String reference_code, String number, String customer_identification,
                                    String created_from, String created_to, String page, String size) {

    DocumentQuery toQuery() {
        return new LedgerFilters(status, reference_code, number, customer_identification, null, created_from,
                created_to, page, size).toQuery(DocumentKind.INVOICE);
    }
}
