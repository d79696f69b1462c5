package co.factusapi.emulator.catalog;

import co.factusapi.emulator.http.ApiException;
import co.factusapi.emulator.http.ApiResponse;
import co.factusapi.emulator.http.Exchange;
import co.factusapi.emulator.http.Json;
import co.factusapi.emulator.http.Pagination;
import co.factusapi.emulator.http.Router;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpHeader;
import tools.jackson.databind.JsonNode;

/** Company, numbering ranges and subscription endpoints of the account (docs/factus-upstream.md §8). */
public final class AccountApi {
    private final Account account;

    public AccountApi(Account account) {
        this.account = account;
    }

    public void register(Router router) {
        router.add("GET", "/v1/numbering-ranges", this::listRanges)
                .add("GET", "/v1/numbering-ranges/dian", ex -> ApiResponse.ok(softwareRanges()))
                .add("GET", "/v1/dian/numbering-ranges", ex -> ApiResponse.ok(softwareRanges()))
                .add("GET", "/v1/numbering-ranges/{id}",
                        ex -> ApiResponse.ok(range(account, ex).toShowJson(today())))
                .add("POST", "/v1/numbering-ranges", this::createRange)
                .add("PATCH", "/v1/numbering-ranges/{id}/current", this::updateCurrent)
                // The original Python client updated `current` with PUT on the range itself.
                .add("PUT", "/v1/numbering-ranges/{id}", this::updateCurrent)
                .add("DELETE", "/v1/numbering-ranges/{id}", this::deleteRange)
                .add("GET", "/v1/company", ex -> ApiResponse.ok(account.company().toJson()))
                .add("PUT", "/v1/company", this::updateCompany)
                .add("POST", "/v1/company/logo", this::uploadLogo)
                .add("GET", "/v1/subscriptions/current", ex -> ApiResponse.ok(Json.obj("total_documents", 0,
                        "documents_used", 0, "documents_remaining", "Ilimitado", "subscription_days_to_expires", 3650,
                        "subscription_start_date", "2023-06-01", "subscription_expiration_date", "2033-06-01",
                        "subscription_is_expired", false)));
    }

    private LocalDate today() {
        return account.ranges().today();
    }

    private ApiResponse listRanges(Exchange exchange) {
        Predicate<NumberingRange> filter = equalsIfSet(exchange.query("filter[id]"), r -> String.valueOf(r.id()))
                .and(equalsIfSet(exchange.query("filter[document]"), NumberingRange::document))
                .and(equalsIfSet(exchange.query("filter[resolution_number]"), NumberingRange::resolutionNumber))
                .and(equalsIfSet(exchange.query("filter[technical_key]"), NumberingRange::technicalKey))
                .and(equalsIfSet(exchange.query("filter[is_active]"), r -> r.isActive(today()) ? "1" : "0"));
        List<NumberingRange> ranges = account.ranges().all().stream().filter(filter).toList();
        return ApiResponse.ok(Pagination.page(ranges, Math.max(1, exchange.queryInt("page", 1)), 10,
                exchange.baseUrl() + "/v1/numbering-ranges", range -> range.toListJson(today())));
    }

    private List<Object> softwareRanges() {
        return DianAuthorization.SOFTWARE.stream().map(authorization -> (Object) authorization.toV1Json()).toList();
    }

    static NumberingRange range(Account account, Exchange exchange) {
        NumberingRange range = null;
        try {
            range = account.ranges().get(Integer.parseInt(exchange.path("id")));
        } catch (NumberFormatException ignored) {
            // falls through to the 404
        }
        if (range == null) {
            throw new ApiException(ApiResponse.notFound("No se encontró el rango de numeración con id "
                    + exchange.path("id")));
        }
        return range;
    }

    private ApiResponse createRange(Exchange exchange) {
        JsonNode body = exchange.json();
        String document = text(body, "document");
        String prefix = text(body, "prefix");
        String current = text(body, "current");
        String resolution = text(body, "resolution_number");
        Map<String, Object> errors = new java.util.LinkedHashMap<>();
        if (document == null || !Catalog.RANGE_DOCUMENTS.containsKey(document)) {
            errors.put("document", List.of(document == null ? "El campo documento es obligatorio."
                    : "El campo documento es inválido."));
        }
        if (prefix == null || prefix.length() > 4) {
            errors.put("prefix", List.of(prefix == null ? "El campo prefijo es obligatorio."
                    : "El campo prefijo no debe ser mayor que 4 caracteres."));
        }
        if (current == null || !current.matches("\\d+")) {
            errors.put("current", List.of("El campo consecutivo actual debe ser un número entero."));
        }
        if (resolution == null && List.of("21", "24", "30").contains(document)) {
            errors.put("resolution_number", List.of("El campo número de resolución es obligatorio."));
        }
        if (!errors.isEmpty()) {
            return ApiResponse.validationError(errors);
        }
        NumberingRange range = account.ranges().create(document, prefix.toUpperCase(Locale.ROOT),
                Long.parseLong(current), resolution);
        return ApiResponse.created("Rango de numeración creado con éxito", range.toShowJson(today()));
    }

    private ApiResponse updateCurrent(Exchange exchange) {
        NumberingRange range = range(account, exchange);
        String current = text(exchange.json(), "current");
        if (current == null || !current.matches("\\d+")) {
            return ApiResponse.fieldError("current", "El campo consecutivo actual debe ser un número entero.");
        }
        range.current(Long.parseLong(current), account.ranges().now());
        return ApiResponse.okMessage("Rango de numeración actualizado con éxito", range.toShowJson(today()));
    }

    private ApiResponse deleteRange(Exchange exchange) {
        account.ranges().remove(range(account, exchange).id());
        return ApiResponse.okMessage("Rango de numeración eliminado con éxito");
    }

    private ApiResponse updateCompany(Exchange exchange) {
        JsonNode body = exchange.json();
        Company old = account.company();
        String municipalityCode = or(text(body, "municipality_code"), old.municipalityCode());
        if (Catalog.municipalityByCode(municipalityCode) == null) {
            return ApiResponse.fieldError("municipality_code", "El campo municipality_code es inválido.");
        }
        Company updated = new Company(old.nit(), old.dv(), or(text(body, "company"), old.company()),
                or(text(body, "trade_name"), old.tradeName()), or(text(body, "names"), old.names()),
                or(text(body, "surnames"), old.surnames()), or(text(body, "registration_code"), old.registrationCode()),
                or(text(body, "economic_activity"), old.economicActivity()), or(text(body, "phone"), old.phone()),
                or(text(body, "email"), old.email()), or(text(body, "address"), old.address()),
                or(text(body, "legal_organization_code"), old.legalOrganizationCode()),
                or(text(body, "tribute_code"), old.tributeCode()), municipalityCode,
                or(text(body, "responsibilities"), old.responsibility()), old.urlLogo());
        account.company(updated);
        return ApiResponse.okMessage("Empresa actualizada con éxito", updated.toJson());
    }

    /** Multipart field {@code image}; the answer really says {@code url_log} (docs/factus-upstream.md §8.5, C). */
    private ApiResponse uploadLogo(Exchange exchange) {
        return uploadLogo(account, exchange, true);
    }

    /** v1 takes an SVG too; v2 documents png, jpg and jpeg only (v2 contract §10.2). */
    static ApiResponse uploadLogo(Account account, Exchange exchange, boolean svgAllowed) {
        String contentType = exchange.header(HttpHeader.CONTENT_TYPE);
        String body = new String(exchange.body(), StandardCharsets.ISO_8859_1);
        String extension = contentType == null || !contentType.startsWith("multipart/form-data")
                ? null : imageExtension(body);
        if (extension == null || "svg".equals(extension) && !svgAllowed) {
            return ApiResponse.fieldError("image", "El campo imagen debe ser un archivo de tipo: png, jpg, jpeg"
                    + (svgAllowed ? ", svg." : "."));
        }
        String url = account.baseUrl() + "/storage/images/logos/" + account.company().nit() + "." + extension;
        account.company(account.company().withLogo(url));
        account.logo(imageBytes(exchange.body(), body, contentType));
        return ApiResponse.okMessage("Logo actualizado con éxito", Json.obj("url_log", url));
    }

    static String imageExtension(String multipartBody) {
        int field = multipartBody.indexOf("name=\"image\"");
        if (field < 0) {
            return null;
        }
        String part = multipartBody.substring(field, Math.min(multipartBody.length(), field + 400))
                .toLowerCase(Locale.ROOT);
        if (part.contains("image/png")) {
            return "png";
        }
        if (part.contains("image/jpeg") || part.contains("image/jpg")) {
            return "jpg";
        }
        return part.contains("image/svg+xml") ? "svg" : null;
    }

    /** The content of the {@code image} part: from the blank line after its headers to the next boundary. */
    static byte[] imageBytes(byte[] raw, String body, String contentType) {
        int boundaryAt = contentType.indexOf("boundary=");
        if (boundaryAt < 0) {
            return new byte[0];
        }
        String boundary = "\r\n--" + contentType.substring(boundaryAt + 9).replace("\"", "").split(";")[0].trim();
        int start = body.indexOf("\r\n\r\n", body.indexOf("name=\"image\"")) + 4;
        int end = body.indexOf(boundary, start);
        return start < 4 || end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(raw, start, end);
    }

    static Predicate<NumberingRange> equalsIfSet(String filter,
            java.util.function.Function<NumberingRange, String> field) {
        if (filter == null || filter.isBlank()) {
            return range -> true;
        }
        return range -> filter.trim().equals(field.apply(range));
    }

    static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() || !node.isValueNode() || node.asString().isBlank()
                ? null : node.asString().trim();
    }

    static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
