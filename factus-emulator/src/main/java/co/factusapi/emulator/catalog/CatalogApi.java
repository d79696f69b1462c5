package co.factusapi.emulator.catalog;

import co.factusapi.emulator.http.ApiResponse;
import co.factusapi.emulator.http.Exchange;
import co.factusapi.emulator.http.Json;
import co.factusapi.emulator.http.Router;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Read-only reference endpoints (docs/factus-upstream.md §8). */
public final class CatalogApi {
    private static final Pattern DIAN_TEST_PERSON = Pattern.compile("(\\d{2})9999(\\d+)");

    public void register(Router router) {
        router.add("GET", "/v1/municipalities",
                        ex -> filtered(ex, Catalog.MUNICIPALITIES, Municipality::name, Municipality::toJson))
                .add("GET", "/v1/tributes/products", ex -> filtered(ex, Catalog.PRODUCT_TRIBUTES, CodeEntry::name,
                        entry -> Json.obj("id", entry.id(), "code", entry.code(), "name", entry.name(),
                                "description", entry.name())))
                .add("GET", "/v1/measurement-units",
                        ex -> filtered(ex, Catalog.MEASUREMENT_UNITS, CodeEntry::name, CodeEntry::toJson))
                .add("GET", "/v1/countries", ex -> filtered(ex, Catalog.COUNTRIES, Country::name, Country::toJson))
                .add("GET", "/v1/dian/acquirer", this::acquirer);
    }

    private static <T> ApiResponse filtered(Exchange exchange, List<T> rows, Function<T, String> name,
            Function<T, Object> toJson) {
        String filter = exchange.query("name");
        return ApiResponse.ok(rows.stream().filter(row -> Catalog.nameMatches(name.apply(row), filter))
                .map(toJson).toList());
    }

    /**
     * DIAN publishes test people as {@code <DIAN document code>9999<n>}, e.g. 1399995 (docs/factus-upstream.md §8); the emulator
     * answers those deterministically and 404s anything else (the real not-found text is unknown, D).
     */
    private ApiResponse acquirer(Exchange exchange) {
        String documentId = exchange.query("identification_document_id");
        String number = exchange.query("identification_number");
        if (documentId == null || number == null) {
            return ApiResponse.validationError(Json.obj(
                    "identification_document_id", List.of("El campo identification_document_id es obligatorio."),
                    "identification_number", List.of("El campo identification_number es obligatorio.")));
        }
        Matcher testPerson = DIAN_TEST_PERSON.matcher(number.trim());
        CodeEntry document = testPerson.matches() ? Catalog.IDENTIFICATION_DOCUMENTS.stream()
                .filter(entry -> entry.code().equals(testPerson.group(1))).findFirst().orElse(null) : null;
        if (document == null) {
            return ApiResponse.notFound("No se encontró el adquiriente con identificación " + number);
        }
        return ApiResponse.ok(Json.obj("name", "Nombre " + document.name() + " " + testPerson.group(2),
                "email", "adquiriente" + number.trim() + "@factus-emulator.local"));
    }

}
