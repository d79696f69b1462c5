package co.factusapi.adapter.in.web.debitnote;

import co.factusapi.adapter.in.web.document.Pagination;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.debitnote.DebitNoteRequest;
import co.factusapi.domain.document.LedgerEntry;
import java.util.List;

public record DebitNotePageResponse(List<DebitNoteResponse> data, Pagination pagination) {

    static DebitNotePageResponse of(Page<LedgerEntry<?>> page) {
        return new DebitNotePageResponse(page.items().stream()
                .map(entry -> DebitNoteResponse.of(entry.as(DebitNoteRequest.class))).toList(), Pagination.of(page));
    }
}
