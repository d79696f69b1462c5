package co.factusapi.adapter.in.web.creditnote;

import co.factusapi.adapter.in.web.invoice.InvoicePageResponse.Pagination;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.creditnote.CreditNote;
import java.util.List;

public record CreditNotePageResponse(List<CreditNoteResponse> data, Pagination pagination) {

    static CreditNotePageResponse of(Page<CreditNote> page) {
        return new CreditNotePageResponse(page.items().stream().map(CreditNoteResponse::of).toList(),
                new Pagination(page.page(), page.size(), page.total(), page.totalPages()));
    }
}
