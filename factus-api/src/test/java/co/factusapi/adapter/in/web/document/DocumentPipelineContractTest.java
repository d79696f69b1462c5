package co.factusapi.adapter.in.web.document;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.DocumentFixture;
import co.factusapi.testsupport.DocumentJson;
import co.factusapi.testsupport.PostgresEndToEndTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one document pipeline, held to the same contract for every kind of document, over HTTP against the emulator
 * on PostgreSQL: the ledger is written first, an answer lost to a hung validate is adopted by reference, accept-then-
 * hang on 30 % of validates still issues every document exactly once, a DIAN rejection is recorded and deleted at the
 * provider so the next document goes through, the reconciler settles what stayed unknown, and a repeat with the same
 * Idempotency-Key is a replay.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "factus.validate-timeout=1s")
class DocumentPipelineContractTest extends PostgresEndToEndTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Longer than the validate time-out: the provider stores the document, the service never hears back. */
    private static final String HANG = "\"type\":\"hang\",\"hang_millis\":1400";

    /** Where the provider validates this kind: the Factus API version of the tenant decides (subclasses). */
    protected String validateEndpoint(DocumentFixture kind) {
        return kind.validateEndpoint();
    }

    @ParameterizedTest
    @EnumSource(DocumentFixture.class)
    void aLostAnswerIsInTheLedgerFirstAndTheRetryAdoptsWhatTheProviderHolds(DocumentFixture kind) {
        String reference = reference(kind, "LOST");
        String body = kind.body(reference, corrected(kind));
        emulator.fault(validateEndpoint(kind), HANG + ",\"count\":1");
        long validates = emulator.requests(validateEndpoint(kind));

        assertThat(api.postJson(kind.route(), body).statusCode()).isEqualTo(504);
        assertThat(ledger(kind, reference).path("status").asString()).isIn("UNKNOWN", "PENDING");

        HttpResponse<String> retry = api.postJson(kind.route(), body);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        assertThat(emulator.requests(validateEndpoint(kind)) - validates).isEqualTo(1);
        assertThat(held(kind).get(reference)).isEqualTo(ApiClient.json(retry).path("number").asString());
    }

    @ParameterizedTest
    @EnumSource(DocumentFixture.class)
    void acceptThenHangOnThirtyPercentOfValidatesIssuesEveryDocumentExactlyOnce(DocumentFixture kind) throws Exception {
        List<String> bodies = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            references.add(reference(kind, "HANG" + i));
            bodies.add(kind.body(references.getLast(), corrected(kind)));
        }
        emulator.fault(validateEndpoint(kind), HANG + ",\"probability\":0.3");
        List<Callable<HttpResponse<String>>> clients = bodies.stream()
                .<Callable<HttpResponse<String>>>map(body -> () -> untilFinal(kind, body)).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            for (Future<HttpResponse<String>> answer : pool.invokeAll(clients)) {
                assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(201);
            }
        } finally {
            emulator.clearFaults();
        }
        jobs.reconcile();

        Map<String, String> held = held(kind);
        for (String reference : references) {
            JsonNode entry = ledger(kind, reference);
            assertThat(entry.path("status").asString()).isEqualTo("ISSUED");
            assertThat(held.get(reference)).as(reference).isEqualTo(entry.path("number").asString());
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentFixture.class)
    void aDianRejectionIsRecordedAndDeletedAtTheProviderSoTheNextDocumentGoesThrough(DocumentFixture kind) {
        String reference = reference(kind, "REJ");
        String corrected = corrected(kind);
        emulator.rejectNext(1);

        HttpResponse<String> rejected = api.postJson(kind.route(), kind.body(reference, corrected));
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(422);
        assertThat(ApiClient.json(rejected).path("type").asString()).isEqualTo("urn:factus-api:problem:dian-rejected");
        assertThat(ledger(kind, reference).path("status").asString()).isEqualTo("REJECTED");
        assertThat(held(kind)).doesNotContainKey(reference);

        HttpResponse<String> next = api.postJson(kind.route(), kind.body(reference(kind, "NEXT"), corrected(kind)));
        assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
    }

    @ParameterizedTest
    @EnumSource(DocumentFixture.class)
    void theReconcilerSettlesWhatStayedUnknown(DocumentFixture kind) {
        String reference = reference(kind, "RECON");
        emulator.fault(validateEndpoint(kind), HANG + ",\"count\":1");
        assertThat(api.postJson(kind.route(), kind.body(reference, corrected(kind))).statusCode()).isEqualTo(504);

        jobs.reconcile();

        JsonNode entry = ledger(kind, reference);
        assertThat(entry.path("status").asString()).isEqualTo("ISSUED");
        assertThat(held(kind).get(reference)).isEqualTo(entry.path("number").asString());
    }

    @ParameterizedTest
    @EnumSource(DocumentFixture.class)
    void aRepeatWithTheSameIdempotencyKeyIsAReplay(DocumentFixture kind) {
        String reference = reference(kind, "IDEM");
        String body = kind.body(reference, corrected(kind));
        HttpResponse<String> first = api.send("POST", kind.route(), body, "application/json", "Idempotency-Key", reference);
        HttpResponse<String> repeat = api.send("POST", kind.route(), body, "application/json", "Idempotency-Key", reference);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(repeat.statusCode()).isEqualTo(201);
        assertThat(repeat.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(repeat.body()).isEqualTo(first.body());
        HttpResponse<String> withoutKey = api.postJson(kind.route(), body);
        assertThat(withoutKey.statusCode()).isEqualTo(409);
        assertThat(withoutKey.headers().firstValue("Location"))
                .contains(kind.route() + "/" + ApiClient.json(first).path("number").asString());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentFixture.class, names = {"CREDIT_NOTE", "ADJUSTMENT_NOTE"})
    void concurrentNotesNeverTakeMoreThanTheDocumentHolds(DocumentFixture kind) throws Exception {
        DocumentFixture parent = kind.corrects();
        String twoUnits = parent == DocumentFixture.INVOICE ? parent.body(reference(parent, "SMALL"), null)
                : DocumentJson.supportDocument(reference(parent, "SMALL"), 2);
        String corrected = ApiClient.json(api.postJson(parent.route(), twoUnits)).path("number").asString();
        List<Callable<HttpResponse<String>>> notes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String body = kind.body(reference(kind, "CONC" + i), corrected);
            notes.add(() -> untilFinal(kind, body));
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<HttpResponse<String>> answer : pool.invokeAll(notes)) {
                statuses.add(answer.get().statusCode());
                if (answer.get().statusCode() == 422) {
                    assertThat(answer.get().body()).contains("remaining amount");
                }
            }
        }
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(2);
        assertThat(statuses).filteredOn(status -> status == 422).hasSize(6);
    }

    /** A fresh document for a note to correct (its own, so the notes of one test never exhaust another's). */
    private String corrected(DocumentFixture kind) {
        if (kind.corrects() == null) {
            return null;
        }
        DocumentFixture parent = kind.corrects();
        HttpResponse<String> issued = api.postJson(parent.route(), parent.body(reference(parent, "PARENT"), null));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return ApiClient.json(issued).path("number").asString();
    }

    /** Like a careful client: the same request until a final answer; 5xx and 409 are not final. */
    private HttpResponse<String> untilFinal(DocumentFixture kind, String body) throws InterruptedException {
        HttpResponse<String> response = api.postJson(kind.route(), body);
        for (int attempt = 0; attempt < 40 && (response.statusCode() >= 500 || response.statusCode() == 409
                || response.statusCode() == 202); attempt++) {
            Thread.sleep(200);
            response = api.postJson(kind.route(), body);
        }
        return response;
    }

    private JsonNode ledger(DocumentFixture kind, String reference) {
        JsonNode page = ApiClient.json(api.get(kind.route() + "?reference_code=" + reference));
        assertThat(page.path("data")).as(kind + " " + reference).hasSize(1);
        return page.path("data").path(0);
    }

    /** Reference code to number of what the emulator holds of this kind; a reference held twice fails here. */
    private Map<String, String> held(DocumentFixture kind) {
        List<JsonNode> documents = new ArrayList<>();
        JSON.readTree(emulator.call("GET", kind.emulatorListing(), null)).forEach(documents::add);
        return documents.stream().collect(Collectors.toMap(d -> d.path("reference_code").asString(),
                d -> d.path("number").asString()));
    }

    private static String reference(DocumentFixture kind, String purpose) {
        return kind.name().charAt(0) + purpose + "-" + System.nanoTime();
    }
}
