package co.factusapi.adapter.in.web.debitnote;

import co.factusapi.adapter.in.web.document.LedgerFilters;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentQuery;

/** Query parameters of the debit-note list (the invoice list's statuses, dates and paging). */
public record DebitNoteListParameters(String status, String reference_code, String invoice_number,
                                      String created_from, String created_to, String page, String size) {

    DocumentQuery toQuery() {
        return new LedgerFilters(status, reference_code, null, null, invoice_number, created_from, created_to, page,
                size).toQuery(DocumentKind.DEBIT_NOTE);
    }
}
