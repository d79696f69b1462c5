package co.factusapi.adapter.in.web.adjustmentnote;

import co.factusapi.adapter.in.web.document.Pagination;
import co.factusapi.domain.adjustmentnote.AdjustmentNoteRequest;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.document.LedgerEntry;
import java.util.List;

public record AdjustmentNotePageResponse(List<AdjustmentNoteResponse> data, Pagination pagination) {

    static AdjustmentNotePageResponse of(Page<LedgerEntry<?>> page) {
        return new AdjustmentNotePageResponse(page.items().stream()
                .map(entry -> AdjustmentNoteResponse.of(entry.as(AdjustmentNoteRequest.class))).toList(), Pagination.of(page));
    }
}
