package co.factusapi.emulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.emulator.EmulatorTestSupport;
import co.factusapi.emulator.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Faults, latency, counters, overlap mode and reset through {@code /__emulator/}. */
class ControlPlaneTest extends EmulatorTestSupport {
    private static final String VALIDATE = "POST /v1/bills/validate";

    @Test
    void statusFaultAnswersWithoutSideEffectsAndDisarmsAfterCount() {
        control("POST", "faults", Json.obj("endpoint", VALIDATE, "type", "status", "status", 503, "count", 1));

        Reply faulted = validate(bill("F1"));
        Reply next = validate(bill("F1"));

        assertThat(faulted.status()).isEqualTo(503);
        assertThat(faulted.body().get("message").asString()).isEqualTo("Service Unavailable");
        assertThat(next.status()).isEqualTo(201);
        assertThat(next.body().get("data").get("bill").get("number").asString()).isEqualTo("SETP990000001");
    }

    @Test
    void statusFaultCanCarryACustomBodyAndTargetEveryEndpoint() {
        token();
        control("POST", "faults", Json.obj("endpoint", "*", "type", "status", "status", 429,
                "body", Json.obj("message", "Despacio")));

        Reply reply = get("/v1/municipalities");

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.body().get("message").asString()).isEqualTo("Despacio");
        assertThat(reply.raw().headers().firstValue("Retry-After")).isPresent();
        control("DELETE", "faults", null);
        assertThat(get("/v1/municipalities").status()).isEqualTo(200);
    }

    @Test
    void probabilityDecidesWhetherAFaultFires() {
        token();
        control("POST", "faults", Json.obj("endpoint", "GET /v1/countries", "status", 500, "probability", 0.0));
        control("POST", "faults", Json.obj("endpoint", "GET /v1/municipalities", "status", 500, "probability", 1.0));

        for (int i = 0; i < 5; i++) {
            assertThat(get("/v1/countries").status()).isEqualTo(200);
            assertThat(get("/v1/municipalities").status()).isEqualTo(500);
        }
        assertThat(get("/v1/municipalities").body().get("message").asString()).isEqualTo("Server Error");
    }

    @Test
    void resetFaultDropsTheConnectionBeforeAnything() {
        control("POST", "faults", Json.obj("endpoint", VALIDATE, "type", "reset"));

        assertThatThrownBy(() -> validate(bill("RST"))).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(IOException.class);
        assertThat(control("GET", "bills", null).body()).isEmpty();
        assertThat(emulator.counters().requests()).containsEntry(VALIDATE, 1L);
    }

    @Test
    void hangFaultStoresTheBillButTheClientTimesOut() {
        token();
        control("POST", "faults", Json.obj("endpoint", VALIDATE, "type", "hang", "hang_millis", 1500, "count", 1));

        HttpRequest request = authorized("/v1/bills/validate").timeout(Duration.ofMillis(300))
                .POST(jsonBody(bill("HANG"))).build();

        assertThatThrownBy(() -> http.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        JsonNode bills = control("GET", "bills", null).body();
        assertThat(bills.findValuesAsString("reference_code")).containsExactly("HANG");
        assertThat(control("GET", "counters", null).body().get("invoices_created").asLong()).isEqualTo(1);
    }

    @Test
    void latencyDelaysTheChosenEndpoint() {
        token();
        control("PUT", "latency", Json.obj("endpoint", "GET /v1/municipalities", "millis", 300));

        long started = System.nanoTime();
        assertThat(get("/v1/municipalities").status()).isEqualTo(200);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(elapsedMillis).isGreaterThanOrEqualTo(300);
    }

    @Test
    void overlapModeAnswers409ToAConcurrentValidate() throws Exception {
        token();
        control("PUT", "config", Json.obj("overlap_conflict", true));
        control("PUT", "latency", Json.obj("endpoint", VALIDATE, "millis", 400));

        CompletableFuture<Reply> slow = CompletableFuture.supplyAsync(() -> validate(bill("FIRST")));
        Thread.sleep(150);
        Reply overlapping = validate(bill("SECOND"));

        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.body().get("status").asString()).isEqualTo("Conflict");
        assertThat(slow.get().status()).isEqualTo(201);
    }

    @Test
    void overlapModeCoversEveryValidateOfTheAccountIncludingSupportDocuments() throws Exception {
        token();
        control("PUT", "config", Json.obj("overlap_conflict", true));
        control("PUT", "latency", Json.obj("endpoint", "POST /v1/support-documents/validate", "millis", 400));

        CompletableFuture<Reply> slow = CompletableFuture.supplyAsync(
                () -> post("/v1/support-documents/validate", supportDocument("DS-FIRST")));
        Thread.sleep(150);
        Reply overlappingBill = validate(bill("BILL-DURING"));
        Reply overlappingSupport = post("/v1/support-documents/validate", supportDocument("DS-SECOND"));

        assertThat(overlappingSupport.status()).isEqualTo(409);
        assertThat(overlappingSupport.body().get("message").asString()).contains("pendiente");
        assertThat(overlappingBill.status()).isEqualTo(409);
        assertThat(slow.get().status()).isEqualTo(201);
        assertThat(control("GET", "support-documents", null).body().findValuesAsString("reference_code"))
                .containsExactly("DS-FIRST");
    }

    @Test
    void resetDropsEveryDocumentFamily() {
        long bill = validated(bill("B")).get("bill").get("id").asLong();
        post("/v1/credit-notes/validate", Json.obj("numbering_range_id", 9, "correction_concept_code", 2,
                "customization_id", 20, "bill_id", bill, "reference_code", "NC",
                "items", List.of(Json.obj("code_reference", "C", "name", "Café", "quantity", 1, "discount_rate", 0,
                        "price", 100, "tax_rate", "19.00", "unit_measure_id", 70, "standard_code_id", 1,
                        "is_excluded", 0, "tribute_id", 1))));
        long supportDocument = post("/v1/support-documents/validate", supportDocument("DS")).body().get("data")
                .get("support_document").get("id").asLong();
        post("/v1/adjustment-notes/validate", Json.obj("numbering_range_id", 11, "support_document_id",
                supportDocument, "correction_concept_code", "2", "reference_code", "NA",
                "items", List.of(Json.obj("code_reference", "C", "name", "Café", "quantity", 1,
                        "discount_rate", 0, "price", 100, "unit_measure_id", 70, "standard_code_id", 1))));
        assertThat(control("GET", "counters", null).body().get("documents_created").size()).isEqualTo(4);

        control("POST", "reset", null);

        token = null;
        assertThat(control("GET", "credit-notes", null).body()).isEmpty();
        assertThat(control("GET", "support-documents", null).body()).isEmpty();
        assertThat(control("GET", "adjustment-notes", null).body()).isEmpty();
        assertThat(control("GET", "debit-notes", null).body()).isEmpty();
        assertThat(control("GET", "counters", null).body().get("documents_created")).isEmpty();
        assertThat(post("/v1/support-documents/validate", supportDocument("DS")).body().get("data")
                .get("support_document").get("number").asString()).isEqualTo("SEDS984000001");
    }

    @Test
    void countersTrackConnectionsTokensInvoicesAndRequests() {
        validated(bill("C1"));
        validated(bill("C2"));
        get("/v1/bills");
        try (java.net.http.HttpClient fresh = java.net.http.HttpClient.newHttpClient()) {
            fresh.send(HttpRequest.newBuilder(uri("/__emulator/counters")).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }

        JsonNode counters = control("GET", "counters", null).body();

        assertThat(counters.get("connections_accepted").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(counters.get("tokens_issued").asLong()).isEqualTo(1);
        assertThat(counters.get("invoices_created").asLong()).isEqualTo(2);
        assertThat(counters.get("requests").get(VALIDATE).asLong()).isEqualTo(2);
        assertThat(counters.get("requests").get("GET /v1/bills").asLong()).isEqualTo(1);
        assertThat(counters.get("requests").get("POST /oauth/token").asLong()).isEqualTo(1);
        assertThat(emulator.counters().invoicesCreated()).isEqualTo(2);
        assertThat(counters.get("documents_created").get("bills").asLong()).isEqualTo(2);
    }

    @Test
    void resetReturnsToTheSeedState() {
        validated(bill("BEFORE"));
        control("PUT", "latency", Json.obj("endpoint", "*", "millis", 5000));

        assertThat(control("POST", "reset", null).status()).isEqualTo(200);

        token = null;
        assertThat(control("GET", "bills", null).body()).isEmpty();
        assertThat(validated(bill("AFTER")).get("bill").get("number").asString()).isEqualTo("SETP990000001");
        assertThat(control("GET", "counters", null).body().get("invoices_created").asLong()).isEqualTo(1);
    }

    @Test
    void unknownPathsAre404() {
        assertThat(control("GET", "nothing", null).status()).isEqualTo(404);
        assertThat(get("/v1/nothing").status()).isEqualTo(404);
    }
}
