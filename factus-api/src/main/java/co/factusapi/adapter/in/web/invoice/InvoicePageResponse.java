package co.factusapi.adapter.in.web.invoice;

import co.factusapi.domain.common.Page;
import co.factusapi.domain.invoice.Invoice;
import java.util.List;

public record InvoicePageResponse(List<InvoiceResponse> data, Pagination pagination) {

    public record Pagination(int page, int size, long total, long totalPages) {
    }

    static InvoicePageResponse of(Page<Invoice> page) {
        return new InvoicePageResponse(page.items().stream().map(InvoiceResponse::of).toList(),
                new Pagination(page.page(), page.size(), page.total(), page.totalPages()));
    }
}
