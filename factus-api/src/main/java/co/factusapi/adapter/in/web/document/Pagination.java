package co.factusapi.adapter.in.web.document;

import co.factusapi.domain.common.Page;

public record Pagination(int page, int size, long total, long totalPages) {
    public static Pagination of(Page<?> page) {
        return new Pagination(page.page(), page.size(), page.total(), page.totalPages());
    }
}
