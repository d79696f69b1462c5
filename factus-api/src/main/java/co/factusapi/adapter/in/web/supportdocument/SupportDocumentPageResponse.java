package co.factusapi.adapter.in.web.supportdocument;

import co.factusapi.adapter.in.web.document.Pagination;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.supportdocument.SupportDocumentRequest;
import java.util.List;

public record SupportDocumentPageResponse(List<SupportDocumentResponse> data, Pagination pagination) {

    static SupportDocumentPageResponse of(Page<LedgerEntry<?>> page) {
        return new SupportDocumentPageResponse(page.items().stream()
                .map(entry -> SupportDocumentResponse.of(entry.as(SupportDocumentRequest.class))).toList(),
                Pagination.of(page));
    }
}
