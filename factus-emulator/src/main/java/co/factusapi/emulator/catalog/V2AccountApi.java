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
    /** The company's fiscal responsibility codes (§11, letter O, §14 Q18). */
    private static final Set<String> COMPANY_RESPONSIBILITIES = Set.of("O-13", "O-15", "O-23", "O-47", "R-99-PN");
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
                .add("DELETE", "/v2/numbering-ranges/{id}", this::deleteRange)
                // §10.2: the path is plural in v2; no GET/PUT answer is documented, so v1's company shape (D).
                .add("GET", "/v2/companies", ex -> ApiResponse.ok(account.company().toJson()))
                .add("PUT", "/v2/companies", this::updateCompany)
                // Multipart field "image" (png/jpg/jpeg), although the page's prose says JSON (FIND #13). The answer is
                // undocumented: v1's {"url_log": …} (V1REF §6, C), the only recorded one.
                .add("POST", "/v2/companies/logo", ex -> AccountApi.uploadLogo(account, ex, false));
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

    /**
     * §10.2's PUT body: {@code legal_organization_code} (1/2) and {@code municipality_code} (DANE) required,
     * {@code company} when 1, {@code names} + {@code surnames} when 2 (the other kind's name fields are cleared);
     * {@code tribute_code} 01/ZZ, {@code responsibilities} ONE code string (an array is a 422, §14 Q18). Optional fields
     * left out keep their value (whether Factus blanks them is unrecorded, D); NIT and DV never change.
     */
    private ApiResponse updateCompany(Exchange exchange) {
        JsonNode body = exchange.json();
        Company old = account.company();
        String legal = AccountApi.text(body, "legal_organization_code");
        String company = AccountApi.text(body, "company");
        String names = AccountApi.text(body, "names");
        String surnames = AccountApi.text(body, "surnames");
        String municipality = AccountApi.text(body, "municipality_code");
        String tribute = AccountApi.text(body, "tribute_code");
        String email = AccountApi.text(body, "email");
        JsonNode responsibilities = body.get("responsibilities");
        Map<String, Object> errors = new LinkedHashMap<>();
        if (legal == null || !Set.of("1", "2").contains(legal)) {
            errors.put("legal_organization_code", List.of(legal == null
                    ? "El campo legal_organization_code es obligatorio." : "El campo legal_organization_code es inválido."));
        }
        if ("1".equals(legal) && company == null) {
            errors.put("company", List.of("El campo company es obligatorio cuando legal_organization_code es 1."));
        }
        if ("2".equals(legal) && names == null) {
            errors.put("names", List.of("El campo names es obligatorio cuando legal_organization_code es 2."));
        }
        if ("2".equals(legal) && surnames == null) {
            errors.put("surnames", List.of("El campo surnames es obligatorio cuando legal_organization_code es 2."));
        }
        if (municipality == null || Catalog.municipalityByCode(municipality) == null) {
            errors.put("municipality_code", List.of(municipality == null
                    ? "El campo municipality_code es obligatorio." : "El campo municipality_code es inválido."));
        }
        if (tribute != null && !Set.of("01", "ZZ").contains(tribute)) {
            errors.put("tribute_code", List.of("El campo tribute_code es inválido."));
        }
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", List.of("El campo email debe ser una dirección de correo válida."));
        }
        String responsibility = null;
        if (responsibilities != null && !responsibilities.isNull()) {
            responsibility = responsibilities.isString() ? responsibilities.asString().trim() : null;
            if (responsibility == null) {
                errors.put("responsibilities", List.of("El campo responsibilities debe ser una cadena."));
            } else if (!COMPANY_RESPONSIBILITIES.contains(responsibility)) {
                errors.put("responsibilities", List.of("El campo responsibilities es inválido."));
            }
        }
        if (!errors.isEmpty()) {
            return ApiResponse.validationError(errors);
        }
        boolean juridical = "1".equals(legal);
        Company updated = new Company(old.nit(), old.dv(), juridical ? company : null,
                AccountApi.or(AccountApi.text(body, "trade_name"), old.tradeName()), juridical ? null : names,
                juridical ? null : surnames,
                AccountApi.or(AccountApi.text(body, "registration_code"), old.registrationCode()),
                AccountApi.or(AccountApi.text(body, "economic_activity"), old.economicActivity()),
                AccountApi.or(AccountApi.text(body, "phone"), old.phone()), AccountApi.or(email, old.email()),
                AccountApi.or(AccountApi.text(body, "address"), old.address()), legal,
                AccountApi.or(tribute, old.tributeCode()), municipality,
                AccountApi.or(responsibility, old.responsibility()), old.urlLogo());
        account.company(updated);
        return ApiResponse.okMessage("Empresa actualizada con éxito", updated.toJson());
    }

    private ApiResponse deleteRange(Exchange exchange) {
        account.ranges().remove(AccountApi.range(account, exchange).id());
        return ApiResponse.okMessage("Rango de numeración eliminado con éxito");
    }
}
