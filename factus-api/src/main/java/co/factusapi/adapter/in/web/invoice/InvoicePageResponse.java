package co.factusapi.adapter.in.web.invoice;

import co.factusapi.adapter.in.web.document.Pagination;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.invoice.InvoiceRequest;
import java.util.List;

public record InvoicePageResponse(List<InvoiceResponse> data, Pagination pagination) {

    static InvoicePageResponse of(Page<LedgerEntry<?>> page) {
        return new InvoicePageResponse(page.items().stream()
                .map(entry -> InvoiceResponse.of(entry.as(InvoiceRequest.class))).toList(), Pagination.of(page));
    }
}
