package co.factusapi.emulator.document;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.http.Exchange;
import co.factusapi.emulator.http.Pagination;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The query of a document list ({@code GET /v1/bills}, {@code /v1/support-documents}, {@code /v2/debit-notes}, …):
 * Factus's {@code filter[...]} parameters and Laravel pagination (docs/factus-upstream.md §3.8, §10, §13).
 */
public final class ListQuery<T> {
    private static final int DEFAULT_PER_PAGE = 10;
    private static final int MAX_PER_PAGE = 100;

    private final Exchange exchange;
    private Predicate<T> filter = row -> true;

    private ListQuery(Exchange exchange) {
        this.exchange = exchange;
    }

    public static <T> ListQuery<T> of(Exchange exchange) {
        return new ListQuery<>(exchange);
    }

    /**
     * {@code filter[name]} as a partial, case- and accent-insensitive match, like a MySQL LIKE (§3.8, D): callers
     * must compare exactly on their side.
     */
    public ListQuery<T> contains(String name, Function<T, String> field) {
        String value = exchange.query("filter[" + name + "]");
        if (value != null && !value.isBlank()) {
            filter = filter.and(row -> field.apply(row) != null && Catalog.nameMatches(field.apply(row), value));
        }
        return this;
    }

    /** {@code filter[name]} as an exact match, e.g. {@code filter[status]} 1 or 0. */
    public ListQuery<T> equalTo(String name, Function<T, String> field) {
        String value = exchange.query("filter[" + name + "]");
        if (value != null && !value.isBlank()) {
            filter = filter.and(row -> value.trim().equals(field.apply(row)));
        }
        return this;
    }

    /** v2's {@code filter[created_at][start_date]} and {@code [end_date]}, both days included (§13). */
    public ListQuery<T> createdBetween(Function<T, ZonedDateTime> createdAt) {
        LocalDate start = day("filter[created_at][start_date]");
        LocalDate end = day("filter[created_at][end_date]");
        if (start != null) {
            filter = filter.and(row -> !createdAt.apply(row).toLocalDate().isBefore(start));
        }
        if (end != null) {
            filter = filter.and(row -> !createdAt.apply(row).toLocalDate().isAfter(end));
        }
        return this;
    }

    public Predicate<T> filter() {
        return filter;
    }

    /**
     * One page of the rows (already filtered, newest first). The page size is {@code filter[per_page]} (documented in
     * v2) or a bare {@code per_page} (what SDKs send; unknown whether v1 honours it, §3.8, D): default 10, max 100.
     */
    public Map<String, Object> page(List<T> rows, String path, Function<T, Object> toJson) {
        int page = Math.max(1, exchange.queryInt("page", 1));
        int perPage = exchange.queryInt("filter[per_page]", exchange.queryInt("per_page", DEFAULT_PER_PAGE));
        return Pagination.page(rows, page, Math.clamp(perPage, 1, MAX_PER_PAGE), exchange.baseUrl() + path, toJson);
    }

    private LocalDate day(String parameter) {
        String value = exchange.query(parameter);
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
