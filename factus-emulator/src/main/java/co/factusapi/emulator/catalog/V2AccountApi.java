package co.factusapi.emulator.catalog;

import co.factusapi.emulator.http.ApiResponse;
import co.factusapi.emulator.http.Exchange;
import co.factusapi.emulator.http.Pagination;
import co.factusapi.emulator.http.Router;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The account endpoints of Factus v2 (v2 contract §10.1, §10.2) over the very same per-account data as v1's
 * {@link AccountApi}: a range created, moved, toggled or deleted through either version is seen by both.
 */
public final class V2AccountApi {
    /** The range document types of v2 (§11): payroll ranges (26, 27) live under their own, unserved, path. */
    private static final Set<String> RANGE_DOCUMENTS = Set.of("21", "22", "23", "24", "25", "30");
    private static final int DEFAULT_PER_PAGE = 10;
    private static final int MAX_PER_PAGE = 100;

    private final Account account;

    public V2AccountApi(Account account) {
        this.account = account;
    }

    public void register(Router router) {
        // "/dian" before "/{id}": the router takes the first template that matches.
        router.add("GET", "/v2/numbering-ranges", this::listRanges)
                .add("GET", "/v2/numbering-ranges/dian", ex -> ApiResponse.ok(DianAuthorization.SOFTWARE.stream()
                        .map(authorization -> (Object) authorization.toV2Json()).toList()))
                .add("GET", "/v2/numbering-ranges/{id}", ex -> ApiResponse.ok(
                        AccountApi.range(account, ex).toV2ShowJson(today())))
                .add("POST", "/v2/numbering-ranges", this::createRange)
                .add("PATCH", "/v2/numbering-ranges/{id}/current", this::updateCurrent)
                .add("PATCH", "/v2/numbering-ranges/{id}/toggle-status", this::toggleStatus)
                .add("DELETE", "/v2/numbering-ranges/{id}", this::deleteRange);
    }

    private LocalDate today() {
        return account.ranges().today();
    }

    /** Filters as v1 plus v2's page size: {@code filter[per_page]} or a bare {@code per_page} (§1.5), default 10. */
    private ApiResponse listRanges(Exchange exchange) {
        Predicate<NumberingRange> filter = AccountApi.equalsIfSet(exchange.query("filter[id]"),
                        r -> String.valueOf(r.id()))
                .and(AccountApi.equalsIfSet(exchange.query("filter[document]"), NumberingRange::document))
                .and(AccountApi.equalsIfSet(exchange.query("filter[resolution_number]"),
                        NumberingRange::resolutionNumber))
                .and(AccountApi.equalsIfSet(exchange.query("filter[technical_key]"), NumberingRange::technicalKey))
                .and(AccountApi.equalsIfSet(exchange.query("filter[is_active]"),
                        r -> r.isActive(today()) ? "1" : "0"));
        List<NumberingRange> ranges = account.ranges().all().stream().filter(filter).toList();
        int perPage = exchange.queryInt("filter[per_page]", exchange.queryInt("per_page", DEFAULT_PER_PAGE));
        return ApiResponse.ok(Pagination.page(ranges, Math.max(1, exchange.queryInt("page", 1)),
                Math.clamp(perPage, 1, MAX_PER_PAGE), exchange.baseUrl() + "/v2/numbering-ranges",
                range -> range.toV2ListJson(today())));
    }

    /**
     * §10.1: {@code document} (code), {@code prefix} (at most 4), {@code resolution_number} (required for 21 and 24
     * only; the page's "max 4 characters" on it and on {@code current} is a copy error), {@code current}. When DIAN
     * authorised that resolution under that prefix ({@code /dian}), span, dates and technical key come from the
     * authorisation and {@code current} must lie inside it; any other resolution is accepted with v1's made-up span
     * (Factus's check against DIAN is unrecorded, D).
     */
    private ApiResponse createRange(Exchange exchange) {
        JsonNode body = exchange.json();
        String document = AccountApi.text(body, "document");
        String prefix = AccountApi.text(body, "prefix");
        String current = AccountApi.text(body, "current");
        String resolution = AccountApi.text(body, "resolution_number");
        Map<String, Object> errors = new LinkedHashMap<>();
        if (document == null || !RANGE_DOCUMENTS.contains(document)) {
            errors.put("document", List.of(document == null ? "El campo documento es obligatorio."
                    : "El campo documento es inválido."));
        }
        if (prefix == null || prefix.length() > 4) {
            errors.put("prefix", List.of(prefix == null ? "El campo prefijo es obligatorio."
                    : "El campo prefijo no debe ser mayor que 4 caracteres."));
        }
        if (current == null || !current.matches("\\d{1,18}")) {
            errors.put("current", List.of(current == null ? "El campo consecutivo actual es obligatorio."
                    : "El campo consecutivo actual debe ser un número entero."));
        }
        if (resolution == null && (NumberingRanges.SALES_INVOICE.equals(document)
                || NumberingRanges.SUPPORT_DOCUMENT.equals(document))) {
            errors.put("resolution_number", List.of("El campo número de resolución es obligatorio."));
        }
        DianAuthorization authorization = resolution == null || prefix == null ? null
                : DianAuthorization.find(resolution, prefix);
        if (authorization != null && errors.isEmpty()) {
            long next = Long.parseLong(current);
            if (next < authorization.from() || next > authorization.to()) {
                errors.put("current", List.of("El campo consecutivo actual debe estar entre "
                        + authorization.from() + " y " + authorization.to() + "."));
            }
        }
        if (!errors.isEmpty()) {
            return ApiResponse.validationError(errors);
        }
        String upperPrefix = prefix.toUpperCase(Locale.ROOT);
        NumberingRange range = authorization == null
                ? account.ranges().create(document, upperPrefix, Long.parseLong(current), resolution)
                : account.ranges().create(document, upperPrefix, Long.parseLong(current), authorization);
        return ApiResponse.created("Rango de numeración creado con éxito", range.toV2ShowJson(today()));
    }

    /** {@code {"current": n}}, n the NEXT number to use (v1's reading; the page says both, §10.1 B−). */
    private ApiResponse updateCurrent(Exchange exchange) {
        NumberingRange range = AccountApi.range(account, exchange);
        String current = AccountApi.text(exchange.json(), "current");
        if (current == null || !current.matches("\\d{1,18}")) {
            return ApiResponse.fieldError("current", "El campo consecutivo actual debe ser un número entero.");
        }
        range.current(Long.parseLong(current), account.ranges().now());
        return ApiResponse.okMessage("Rango de numeración actualizado con éxito", range.toV2ShowJson(today()));
    }

    /** No body; the show shape with {@code is_active} flipped (§10.1). The message is not documented (D). */
    private ApiResponse toggleStatus(Exchange exchange) {
        NumberingRange range = AccountApi.range(account, exchange);
        range.toggle(account.ranges().now());
        return ApiResponse.okMessage("Estado del rango de numeración actualizado con éxito",
                range.toV2ShowJson(today()));
    }

    private ApiResponse deleteRange(Exchange exchange) {
        account.ranges().remove(AccountApi.range(account, exchange).id());
        return ApiResponse.okMessage("Rango de numeración eliminado con éxito");
    }
}
