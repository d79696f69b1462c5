package co.factusapi.adapter.in.web.creditnote;

import co.factusapi.adapter.in.web.document.Pagination;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.document.LedgerEntry;
import java.util.List;

public record CreditNotePageResponse(List<CreditNoteResponse> data, Pagination pagination) {

    static CreditNotePageResponse of(Page<LedgerEntry<?>> page) {
        return new CreditNotePageResponse(page.items().stream()
                .map(entry -> CreditNoteResponse.of(entry.as(CreditNoteRequest.class))).toList(), Pagination.of(page));
    }
}
