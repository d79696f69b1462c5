package co.factusapi.emulator.catalog;

import co.factusapi.emulator.http.ApiResponse;
import co.factusapi.emulator.http.Exchange;
import co.factusapi.emulator.http.Json;
import co.factusapi.emulator.http.Router;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
                .add("GET", "/v1/dian/acquirer", this::acquirer)
                .add("GET", "/v2/dian/acquirer", this::acquirerV2);
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
        Map<String, Object> acquirer = testPerson(number, null);
        return acquirer == null ? notFound(number) : ApiResponse.ok(acquirer);
    }

    /**
     * v2 contract §10.4: {@code identification_document_code} (a DIAN code, e.g. 13) and {@code identification_number},
     * both required; the same test people and answer as v1. Unlike v1, which never read the document id, the code
     * must be the one the test number carries (1399995 is a cédula, 13): DIAN looks a person up by type and number,
     * so 1399995 asked as a NIT (31) is a 404 (D). An unknown code is a 422.
     */
    private ApiResponse acquirerV2(Exchange exchange) {
        String code = blankToNull(exchange.query("identification_document_code"));
        String number = blankToNull(exchange.query("identification_number"));
        Map<String, Object> errors = new LinkedHashMap<>();
        if (code == null) {
            errors.put("identification_document_code", List.of("El campo identification_document_code es obligatorio."));
        } else if (!Catalog.IDENTIFICATION_DOCUMENT_CODES.containsKey(code)) {
            errors.put("identification_document_code", List.of("El campo identification_document_code es inválido."));
        }
        if (number == null) {
            errors.put("identification_number", List.of("El campo identification_number es obligatorio."));
        }
        if (!errors.isEmpty()) {
            return ApiResponse.validationError(errors);
        }
        Map<String, Object> acquirer = testPerson(number, code);
        return acquirer == null ? notFound(number) : ApiResponse.ok(acquirer);
    }

    /** The DIAN test person with that number (and, when given, that document code), or null. */
    private static Map<String, Object> testPerson(String number, String requiredCode) {
        Matcher testPerson = DIAN_TEST_PERSON.matcher(number.trim());
        CodeEntry document = testPerson.matches() ? Catalog.IDENTIFICATION_DOCUMENTS.stream()
                .filter(entry -> entry.code().equals(testPerson.group(1))).findFirst().orElse(null) : null;
        if (document == null || requiredCode != null && !requiredCode.equals(document.code())) {
            return null;
        }
        return Json.obj("name", "Nombre " + document.name() + " " + testPerson.group(2),
                "email", "adquiriente" + number.trim() + "@factus-emulator.local");
    }

    private static ApiResponse notFound(String number) {
        return ApiResponse.notFound("No se encontró el adquiriente con identificación " + number);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}
