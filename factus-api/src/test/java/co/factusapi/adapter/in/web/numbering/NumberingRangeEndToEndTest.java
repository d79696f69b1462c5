package co.factusapi.adapter.in.web.numbering;

import static co.factusapi.testsupport.Responses.ok;
import static co.factusapi.testsupport.Responses.problem;
import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.EndToEndTest;
import co.factusapi.testsupport.InvoiceJson;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Numbering ranges over HTTP against the embedded emulator, and their effect on the invoice flow. */
class NumberingRangeEndToEndTest extends EndToEndTest {
    private static final String RANGES = "/api/v1/numbering-ranges";

    private ApiClient admin;
    private final List<Long> created = new ArrayList<>();

    @BeforeEach
    void setUp() {
        admin = api.asAdmin();
    }

    @AfterEach
    void deleteWhatThisTestCreated() {
        created.forEach(id -> admin.send("DELETE", RANGES + "/" + id, null, null));
    }

    @Test
    void theSeededRangesInOurShape() {
        JsonNode ranges = ApiClient.json(ok(api.get(RANGES)));
        JsonNode setp = find(ranges, "SETP");
        assertThat(setp.path("id").asLong()).isEqualTo(8);
        assertThat(setp.path("document").asString()).isEqualTo("sales_invoice");
        assertThat(setp.path("document_code").asString()).isEqualTo("21");
        assertThat(setp.path("from").asLong()).isEqualTo(990000000L);
        assertThat(setp.path("to").asLong()).isEqualTo(995000000L);
        assertThat(setp.path("start_date").asString()).isEqualTo("2019-01-19");
        assertThat(setp.path("is_active").asBoolean()).isTrue();
        assertThat(setp.path("is_expired").asBoolean()).isFalse();
        assertThat(setp.path("technical_key").asString()).isNotBlank();
        assertThat(find(ranges, "NC").path("document").asString()).isEqualTo("credit_note");

        JsonNode one = ApiClient.json(ok(api.get(RANGES + "/8")));
        assertThat(one.path("prefix").asString()).isEqualTo("SETP");
        assertThat(one.path("document").asString()).isEqualTo("sales_invoice");
        JsonNode software = ApiClient.json(ok(api.get(RANGES + "/software")));
        assertThat(software.path(0).path("from").asLong()).isEqualTo(990000000L);
        assertThat(software.path(0).path("start_date").asString()).isEqualTo("2019-01-19");
    }

    @Test
    void filtersAreAcceptedAsPlainNamesAndAsFilterBrackets() {
        assertThat(prefixes(api.get(RANGES + "?document=credit_note"))).containsExactly("NC");
        assertThat(prefixes(api.get(RANGES + "?filter%5Bdocument%5D=22"))).containsExactly("NC");
        assertThat(prefixes(api.get(RANGES + "?id=8"))).containsExactly("SETP");
        assertThat(prefixes(api.get(RANGES + "?filter%5Bid%5D=8&is_active=true"))).containsExactly("SETP");
        assertThat(prefixes(api.get(RANGES + "?resolution_number=18760000001"))).containsExactly("SETP");
        assertThat(prefixes(api.get(RANGES + "?is_active=0"))).isEmpty();

        JsonNode invalid = problem(api.get(RANGES + "?document=receipt&is_active=maybe&id=x"), 422);
        assertThat(invalid.path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("document", "is_active", "id");
    }

    @Test
    void theListReadsEveryPage() {
        for (int i = 0; i < 11; i++) {
            create("{\"document\":\"credit_note\",\"prefix\":\"P" + i + "\",\"current\":1}");
        }
        JsonNode all = ApiClient.json(ok(api.get(RANGES)));
        assertThat(all.size()).isGreaterThanOrEqualTo(13);
        assertThat(prefixes(api.get(RANGES + "?document=22")).size()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void aNewSalesRangeIsUsableByTheNextInvoiceAndGoneAfterItsDeletion() {
        assertThat(api.postJson("/api/v1/invoices", InvoiceJson.body("NR-WARM-" + System.nanoTime(), "1137624282", "CC", null))
                .statusCode()).isEqualTo(201);
        HttpResponse<String> createdRange = admin.postJson(RANGES + "/",
                "{\"document\":\"21\",\"prefix\":\"tst\",\"current\":1000,\"resolution_number\":\"18760000099\"}");
        assertThat(createdRange.statusCode()).as(createdRange.body()).isEqualTo(201);
        JsonNode range = ApiClient.json(createdRange);
        long id = range.path("id").asLong();
        assertThat(createdRange.headers().firstValue("Location")).contains(RANGES + "/" + id);
        assertThat(range.path("prefix").asString()).isEqualTo("TST");
        assertThat(range.path("current").asLong()).isEqualTo(1000);

        HttpResponse<String> invoice = api.postJson("/api/v1/invoices",
                InvoiceJson.body("NR-" + System.nanoTime(), "1137624282", "CC", null).replace("\"SETP\"", "\"TST\""));
        assertThat(invoice.statusCode()).as(invoice.body()).isEqualTo(201);
        assertThat(ApiClient.json(invoice).path("number").asString()).isEqualTo("TST1000");

        assertThat(admin.send("DELETE", RANGES + "/" + id + "/", null, null).statusCode()).isEqualTo(204);
        problem(api.get(RANGES + "/" + id), 404);
        HttpResponse<String> orphan = api.postJson("/api/v1/invoices",
                InvoiceJson.body("NR-" + System.nanoTime(), "1137624282", "CC", null).replace("\"SETP\"", "\"TST\""));
        assertThat(problem(orphan, 422).path("errors").path(0).path("field").asString()).isEqualTo("numbering_range_prefix");
    }

    @Test
    void theCurrentConsecutiveChangesWithinTheRange() {
        long id = create("{\"document\":\"credit_note\",\"prefix\":\"UPD\",\"current\":5}");
        JsonNode updated = ApiClient.json(ok(admin.send("PUT", RANGES + "/" + id, "{\"current\":42}", "application/json")));
        assertThat(updated.path("current").asLong()).isEqualTo(42);
        assertThat(ApiClient.json(ok(api.get(RANGES + "/" + id))).path("current").asLong()).isEqualTo(42);

        problem(admin.send("PUT", RANGES + "/" + id, "{\"current\":1}", "application/json"), 422);
        problem(admin.send("PUT", RANGES + "/" + id, "{}", "application/json"), 422);
        problem(admin.send("PUT", RANGES + "/999999", "{\"current\":1}", "application/json"), 404);
    }

    @Test
    void aV1AccountCannotActivateOrDeactivateARange() {
        long id = create("{\"document\":\"credit_note\",\"prefix\":\"ACT\",\"current\":1}");
        JsonNode refused = problem(admin.send("PATCH", RANGES + "/" + id, "{\"active\":false}", "application/json"), 422);
        assertThat(refused.path("errors").path(0).path("field").asString()).isEqualTo("active");
        assertThat(refused.path("errors").path(0).path("message").asString()).contains("Factus v2");
        problem(admin.send("PATCH", RANGES + "/" + id, "{}", "application/json"), 422);
        problem(admin.send("PATCH", RANGES + "/999999", "{\"active\":false}", "application/json"), 404);
        assertThat(api.send("PATCH", RANGES + "/" + id, "{\"active\":false}", "application/json").statusCode())
                .isEqualTo(403);
        assertThat(ApiClient.json(ok(api.get(RANGES + "/" + id))).path("is_active").asBoolean()).isTrue();
    }

    @Test
    void apiKeysMayReadRangesAndTheCompanyButNotChangeThem() {
        assertThat(api.get(RANGES).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/company").statusCode()).isEqualTo(200);
        assertThat(api.postJson(RANGES, "{\"document\":\"22\",\"prefix\":\"NK\",\"current\":1}").statusCode()).isEqualTo(403);
        assertThat(api.send("PUT", RANGES + "/8", "{\"current\":42}", "application/json").statusCode()).isEqualTo(403);
        assertThat(api.send("DELETE", RANGES + "/8/", null, null).statusCode()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/v1/company", "{\"phone\":\"6071234567\"}", "application/json").statusCode())
                .isEqualTo(403);
        assertThat(api.postFile("/api/v1/company/logo", "image", "logo.png", "image/png", new byte[] {1}).statusCode())
                .isEqualTo(403);
    }

    @Test
    void invalidRequestsAreProblems() {
        long creates = emulator.requests("POST /v1/numbering-ranges");
        JsonNode invalid = problem(admin.postJson(RANGES, "{\"document\":\"21\",\"prefix\":\"TOOLONG\",\"current\":-1}"), 422);
        assertThat(invalid.path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("prefix", "current", "resolution_number");
        problem(admin.postJson(RANGES, "{\"document\":\"receipt\",\"prefix\":\"R\",\"current\":1}"), 422);
        problem(admin.postJson(RANGES, "{\"document\":\"22\",\"prefix\":\"R\",\"current\":1,\"extra\":1}"), 422);
        assertThat(emulator.requests("POST /v1/numbering-ranges")).isEqualTo(creates);

        problem(api.get(RANGES + "/999999"), 404);
        problem(api.get(RANGES + "/abc"), 400);
        problem(admin.send("DELETE", RANGES + "/999999", null, null), 404);
        problem(api.anonymous().get(RANGES), 401);
        emulator.fault("GET /v1/numbering-ranges", "\"type\":\"status\",\"status\":502,\"count\":3");
        problem(api.get(RANGES), 503);
        emulator.fault("GET /v1/numbering-ranges/dian", "\"type\":\"reset\",\"count\":1");
        assertThat(api.get(RANGES + "/software").statusCode()).isIn(503, 504);
    }

    private long create(String json) {
        HttpResponse<String> response = admin.postJson(RANGES, json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        long id = ApiClient.json(response).path("id").asLong();
        created.add(id);
        return id;
    }

    private static List<String> prefixes(HttpResponse<String> response) {
        return ApiClient.json(ok(response)).findValuesAsString("prefix");
    }

    private static JsonNode find(JsonNode ranges, String prefix) {
        for (JsonNode range : ranges) {
            if (range.path("prefix").asString().equals(prefix)) {
                return range;
            }
        }
        throw new AssertionError("no range " + prefix + " in " + ranges);
    }
}
