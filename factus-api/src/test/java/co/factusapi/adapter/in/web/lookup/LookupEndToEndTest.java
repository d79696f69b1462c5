package co.factusapi.adapter.in.web.lookup;

import static co.factusapi.testsupport.Responses.ok;
import static co.factusapi.testsupport.Responses.problem;
import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.EndToEndTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;
import tools.jackson.databind.JsonNode;

/** Lookups over HTTP against the embedded emulator: shapes, filters, HTTP caching, the shared cache, errors. */
class LookupEndToEndTest extends EndToEndTest {
    private static final String MUNICIPALITIES = "GET /v1/municipalities";

    @Test
    void municipalitiesCarryTheirDaneCodeAndAreFilteredByNameAndDepartment() {
        JsonNode sanGil = ApiClient.json(ok(api.get("/api/v1/lookups/municipalities?name=san%20gil")));
        assertThat(sanGil).hasSize(1);
        assertThat(sanGil.path(0).path("code").asString()).isEqualTo("68679");
        assertThat(sanGil.path(0).path("department").asString()).isEqualTo("Santander");
        assertThat(sanGil.path(0).has("id")).isFalse();

        JsonNode antioquia = ApiClient.json(ok(api.get("/api/v1/lookups/municipalities?department=antioquia")));
        assertThat(antioquia.size()).isGreaterThan(1);
        antioquia.forEach(m -> assertThat(m.path("department").asString()).isEqualTo("Antioquia"));
        JsonNode all = ApiClient.json(ok(api.get("/api/v1/lookups/municipalities")));
        assertThat(all.size()).isGreaterThan(antioquia.size());
        all.forEach(m -> assertThat(m.path("code").asString()).matches("\\d{5}"));
    }

    @Test
    void cataloguesAreServedFromTheCacheWithEtagAndCacheControl() {
        ok(api.get("/api/v1/lookups/municipalities"));
        long upstreamCalls = emulator.requests(MUNICIPALITIES);

        HttpResponse<String> first = ok(api.get("/api/v1/lookups/municipalities"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("max-age=3600").contains("private"));

        HttpResponse<String> notModified = api.get("/api/v1/lookups/municipalities", "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(api.get("/api/v1/lookups/municipalities", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
        assertThat(emulator.requests(MUNICIPALITIES)).isEqualTo(upstreamCalls);
    }

    @Test
    void taxesUnitsAndCountries() {
        JsonNode taxes = ApiClient.json(ok(api.get("/api/v1/lookups/taxes")));
        assertThat(taxes.path(0).path("code").asString()).isEqualTo("01");
        assertThat(taxes.path(0).path("name").asString()).isEqualTo("IVA");
        JsonNode units = ApiClient.json(ok(api.get("/api/v1/lookups/units")));
        assertThat(units.findValuesAsString("code")).contains("94", "KGM");
        JsonNode colombia = ApiClient.json(ok(api.get("/api/v1/lookups/countries?name=colombia")));
        assertThat(colombia).hasSize(1);
        assertThat(colombia.path(0).path("code").asString()).isEqualTo("CO");
        assertThat(ok(api.get("/api/v1/lookups/countries")).headers().firstValue("ETag")).isPresent();
    }

    @Test
    void acquirerByCanonicalCodeOrProviderIdAndItsErrors(CapturedOutput output) {
        JsonNode byCode = ApiClient.json(ok(api.get(
                "/api/v1/lookups/acquirer?identification_document_type=CC&identification_number=1399995")));
        assertThat(byCode.path("name").asString()).isEqualTo("Nombre Cédula de ciudadanía 5");
        assertThat(byCode.path("email").asString()).contains("@");
        HttpResponse<String> byId = ok(api.get(
                "/api/v1/lookups/acquirer?identification_document_type=3&identification_number=1399995"));
        assertThat(ApiClient.json(byId)).isEqualTo(byCode);
        assertThat(byId.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(byId.headers().firstValue("ETag")).isEmpty();

        JsonNode unknown = problem(api.get(
                "/api/v1/lookups/acquirer?identification_document_type=XX&identification_number=1399995"), 422);
        assertThat(unknown.path("errors").path(0).path("field").asString()).isEqualTo("identification_document_type");
        assertThat(unknown.path("errors").path(0).path("message").asString()).contains("CC", "NIT", "NUIP");
        problem(api.get("/api/v1/lookups/acquirer?identification_document_type=99&identification_number=1"), 422);
        problem(api.get("/api/v1/lookups/acquirer?identification_document_type=CC&identification_number=123"), 404);
        problem(api.get("/api/v1/lookups/acquirer?identification_document_type=CC"), 400);
        problem(api.get("/api/v1/lookups/acquirer?identification_document_type=CC&identification_number=1%3F2"), 422);
        assertThat(output.getAll()).doesNotContain("1399995").doesNotContain("Nombre Cédula");
    }

    @Test
    void referenceTablesAreServedLocally() {
        Map<String, Long> before = factus.emulator().counters().requests();
        HttpResponse<String> response = ok(api.get("/api/v1/lookups/reference-tables"));
        JsonNode tables = ApiClient.json(response);
        assertThat(tables.path("identification_document_types").findValuesAsString("code")).contains("CC", "NIT", "DIE", "PEP");
        assertThat(tables.path("document_types").findValuesAsString("code")).containsExactly("invoice", "contingency");
        assertThat(tables.path("numbering_range_documents").path(1).path("dian_code").asString()).isEqualTo("22");
        assertThat(response.headers().firstValue("ETag")).isPresent();
        assertThat(factus.emulator().counters().requests()).isEqualTo(before);
    }

    @Test
    void onlyAdminsRefreshTheCataloguesAndTheNextReadFetchesThemAgain() {
        ok(api.get("/api/v1/lookups/municipalities"));
        long upstreamCalls = emulator.requests(MUNICIPALITIES);
        problem(api.send("POST", "/api/v1/lookups/refresh", null, null), 403);
        problem(api.anonymous().send("POST", "/api/v1/lookups/refresh", null, null), 401);

        assertThat(api.asAdmin().send("POST", "/api/v1/lookups/refresh/", null, null).statusCode()).isEqualTo(204);
        ok(api.get("/api/v1/lookups/municipalities"));
        assertThat(emulator.requests(MUNICIPALITIES)).isEqualTo(upstreamCalls + 1);
    }

    @Test
    void anUpstreamFailureIsA503AndIsNotCached() {
        api.asAdmin().send("POST", "/api/v1/lookups/refresh", null, null);
        emulator.fault(MUNICIPALITIES, "\"status\":500,\"count\":3");
        HttpResponse<String> failed = api.get("/api/v1/lookups/municipalities");
        problem(failed, 503);
        assertThat(failed.headers().firstValue("Retry-After")).isPresent();
        assertThat(failed.headers().firstValue("ETag")).isEmpty();
        assertThat(ApiClient.json(ok(api.get("/api/v1/lookups/municipalities"))).size()).isGreaterThan(10);
    }

    @Test
    void aCatalogueAnswerWithoutAListIsABadGatewayNotAnEmptyCatalogue() {
        api.asAdmin().send("POST", "/api/v1/lookups/refresh", null, null);
        emulator.fault("GET /v1/measurement-units",
                "\"type\":\"status\",\"status\":200,\"count\":1,\"body\":{\"status\":\"OK\",\"data\":{\"unit\":1}}");
        problem(api.get("/api/v1/lookups/units"), 502);
        assertThat(ApiClient.json(ok(api.get("/api/v1/lookups/units"))).size()).isGreaterThan(1);
        emulator.fault("GET /v1/tributes/products", "\"type\":\"status\",\"status\":401,\"count\":2");
        problem(api.get("/api/v1/lookups/taxes"), 502);
        // A 429 is not retried when its Retry-After is long (the emulator says 60 s): a 503 at once.
        emulator.fault("GET /v1/countries", "\"type\":\"status\",\"status\":429,\"count\":1");
        problem(api.get("/api/v1/lookups/countries?name=peru"), 503);
    }

    @Test
    void routesAnswerWithAndWithoutATrailingSlashWithoutRedirects() {
        assertThat(api.get("/api/v1/invoices/").statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/invoices").statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(ok(api.get("/api/v1/lookups/municipalities/?name=san%20gil"))).size()).isEqualTo(1);
        assertThat(ok(api.get("/api/v1/numbering-ranges/")).body()).contains("SETP");
        assertThat(ok(api.get("/api/v1/company/")).body()).contains("901724254");
    }

    @Test
    void theNewEndpointsAreDocumentedWithExamples() {
        JsonNode openApi = ApiClient.json(ok(api.get("/v3/api-docs")));
        assertThat(openApi.path("paths").propertyNames()).contains("/api/v1/company", "/api/v1/company/logo",
                "/api/v1/numbering-ranges", "/api/v1/numbering-ranges/software", "/api/v1/numbering-ranges/{id}",
                "/api/v1/lookups/municipalities", "/api/v1/lookups/taxes", "/api/v1/lookups/units",
                "/api/v1/lookups/countries", "/api/v1/lookups/acquirer", "/api/v1/lookups/reference-tables",
                "/api/v1/lookups/refresh");
        assertThat(openApi.path("paths").path("/api/v1/numbering-ranges").path("get").path("parameters")
                .findValuesAsString("name")).contains("id", "document", "resolution_number", "technical_key", "is_active");
        JsonNode schemas = openApi.path("components").path("schemas");
        assertThat(schemas.path("Municipality").path("properties").path("code").path("example").asString()).isEqualTo("68679");
        assertThat(schemas.path("NumberingRangeCreate").path("properties").path("document").path("example").asString())
                .isEqualTo("credit_note");
        assertThat(schemas.path("CompanyUpdate").path("properties").path("email").path("example").asString()).contains("@");
    }
}
