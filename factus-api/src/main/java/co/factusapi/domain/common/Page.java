package co.factusapi.domain.common;

import java.util.List;

public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
        items = List.copyOf(items);
    }

    public long totalPages() {
        return total == 0 ? 0 : (total + size - 1) / size;
    }
}
