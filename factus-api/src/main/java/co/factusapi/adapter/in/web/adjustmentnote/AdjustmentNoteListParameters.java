package co.factusapi.adapter.in.web.adjustmentnote;

import co.factusapi.adapter.in.web.document.LedgerFilters;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentQuery;

/** Query parameters of the adjustment-note list (the invoice list's statuses, dates and paging). */
public record AdjustmentNoteListParameters(String status, String reference_code, String support_document_number,
                                       String created_from, String created_to, String page, String size) {

    DocumentQuery toQuery() {
        return new LedgerFilters(status, reference_code, null, null, support_document_number, created_from, created_to, page,
                size).toQuery(DocumentKind.ADJUSTMENT_NOTE);
    }
}
