package co.factusapi.adapter.in.web.tenant;

import static co.factusapi.testsupport.ApiClient.json;
import static co.factusapi.testsupport.DocumentFixture.ADJUSTMENT_NOTE;
import static co.factusapi.testsupport.DocumentFixture.CREDIT_NOTE;
import static co.factusapi.testsupport.DocumentFixture.DEBIT_NOTE;
import static co.factusapi.testsupport.DocumentFixture.INVOICE;
import static co.factusapi.testsupport.DocumentFixture.SUPPORT_DOCUMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import co.factusapi.domain.party.NitCheckDigit;
import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.DocumentFixture;
import co.factusapi.testsupport.PostgresEndToEndTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Tenant isolation over HTTP (OWASP API1 broken object level authorization, API3 excessive data exposure, API5 broken
 * function level authorization): every operation of the OpenAPI document is called with tenant A's keys on tenant
 * B's resources. Every operation must be classified below, so a new endpoint fails this test until someone decides
 * who may call it and what A must get from it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TenantIsolationEndToEndTest extends PostgresEndToEndTest {
    private static final String JSON = "application/json";
    private static final Pattern NUMBER = Pattern.compile("([A-Z]+)(\\d+)");
    private static final Pattern CORRELATION = Pattern.compile("\"correlation_id\"\\s*:\\s*\"[^\"]*\"");
    private static final List<DocumentFixture> KINDS = List.of(DocumentFixture.values());

    /** Who may call an operation, as config/SecurityConfig has it. */
    private enum Needs { NOTHING, ANY_CALLER, DOCUMENTS_READ, DOCUMENTS_ISSUE, TENANT_MANAGE, PLATFORM_MANAGE }

    /** What tenant A's full key must get from an operation called with B's identifiers. */
    private enum Expect {
        /** The path names one of B's resources: 404 or 403, exactly as for a resource that never existed. */
        B_RESOURCE_HIDDEN,
        /** A creation whose body names one of B's documents: refused exactly as for a document that never existed. */
        B_REFERENCE_REFUSED,
        /** Lists, lookups, the company, A's own creations: any answer but 5xx and 401/403, with only A's data. */
        OWN_DATA_ONLY,
        /** Platform operations: 403 to every tenant key. */
        PLATFORM_ONLY,
        /** Public by design (the allow-list): nothing of B's in the answer. */
        PUBLIC
    }

    private record Route(Needs needs, Expect expect, String query, Function<Ids, Payload> payload) {
    }

    private record Payload(String body, String contentType, List<String> headers) {
        static final Payload NONE = new Payload(null, null, List.of());

        static Payload json(String body, String... headers) {
            return new Payload(body, JSON, List.of(headers));
        }
    }

    /** One operation of the OpenAPI document, as {@code "GET /api/v1/invoices/{number}"}. */
    private record Operation(String method, String template) {
        String key() {
            return method + " " + template;
        }

        boolean namesAResource() {
            return template.contains("{");
        }
    }

    /** The identifiers a call fills in: B's real ones, or ghosts of the same shape that never existed anywhere. */
    private record Ids(Map<String, String> values) {
        String number(DocumentFixture kind) {
            return values.get(kind + ".number");
        }

        String reference(DocumentFixture kind) {
            return values.get(kind + ".reference");
        }

        String get(String name) {
            return values.get(name);
        }

        /** The answer with each identifier replaced by its name, so B's answer and the ghost's compare equal. */
        String neutralize(String text) {
            String result = CORRELATION.matcher(text).replaceAll("\"correlation_id\":\"-\"");
            for (Map.Entry<String, String> value : values.entrySet()) {
                // Whole identifiers only: a range id such as 12 also occurs inside UUIDs.
                result = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(value.getValue()) + "(?![A-Za-z0-9])")
                        .matcher(result).replaceAll(Matcher.quoteReplacement("<" + value.getKey() + ">"));
            }
            return result;
        }
    }

    private record Tenant(String id, String name, String nit, ApiClient admin) {
    }

    private final Set<String> markersOfB = new LinkedHashSet<>();
    private final Map<String, Integer> statusesSeen = new TreeMap<>();
    private Ids ofB;
    private Ids ghosts;
    private String idempotencyKeyOfB;
    private String invoiceBodyOfB;
    private ApiClient platform;

    @Test
    void tenantAReachesNothingOfTenantBThroughAnyOperation() {
        long started = System.nanoTime();
        platform = api.asAdmin();
        Tenant b = sandboxTenant("Tienda B ");
        giveBResources(b);
        Tenant a = sandboxTenant("Tienda A ");
        ApiClient fullKeyOfA = api.withKey(newKey(a, "[\"documents:issue\",\"documents:read\",\"tenant:manage\"]"));
        ApiClient posKeyOfA = api.withKey(newKey(a, "[\"documents:issue\",\"documents:read\"]"));

        List<Operation> operations = operationsOfTheOpenApiDocument();
        Map<String, Route> routes = routes();
        assertEveryOperationIsClassified(operations, routes);

        SoftAssertions softly = new SoftAssertions();
        // Operations on B's resources first: A's own creations below (a numbering range, say) take the next id of
        // A's account, which can equal the id B's resource has in B's account.
        List<Operation> ordered = operations.stream()
                .sorted((x, y) -> Boolean.compare(y.namesAResource(), x.namesAResource())).toList();
        for (Operation operation : ordered) {
            checkAsTenantA(softly, fullKeyOfA, operation, routes.get(operation.key()));
        }
        for (Operation operation : ordered) {
            checkNamingTenantB(softly, fullKeyOfA, operation, routes.get(operation.key()), b);
            checkScopesOfThePosKey(softly, posKeyOfA, operation, routes.get(operation.key()));
        }
        checkIdempotentReplayOfBIsNotReachable(softly, api.withKey(newKey(a, "[\"documents:issue\"]")));

        long adminOperations = operations.stream().map(operation -> routes.get(operation.key()).needs())
                .filter(needs -> needs == Needs.TENANT_MANAGE || needs == Needs.PLATFORM_MANAGE).count();
        System.out.printf("Tenant isolation: %d operations checked (%d need tenant:manage or platform:manage), "
                        + "%d B markers, statuses seen %s, %d ms%n", operations.size(), adminOperations,
                markersOfB.size(), statusesSeen, (System.nanoTime() - started) / 1_000_000);
        softly.assertAll();
    }

    @Test
    void theTimeOfAnAnswerDoesNotRevealThatBsResourceExists() {
        platform = api.asAdmin();
        Tenant b = sandboxTenant("Tienda B ");
        giveBResources(b);
        Tenant a = sandboxTenant("Tienda A ");
        ApiClient fullKeyOfA = api.withKey(newKey(a, "[\"documents:issue\",\"documents:read\",\"tenant:manage\"]"));

        compareLatency(fullKeyOfA, "/api/v1/invoices/", ofB.number(INVOICE), ghosts.number(INVOICE), "");
        compareLatency(fullKeyOfA, "/api/v1/invoices/", ofB.number(INVOICE), ghosts.number(INVOICE), "/pdf");
        compareLatency(fullKeyOfA, "/api/v1/api-keys/", ofB.get("key"), ghosts.get("key"), "");
    }

    // ---- The classification: every operation of the OpenAPI document, who may call it and what A must get ----

    private Map<String, Route> routes() {
        Map<String, Route> routes = new LinkedHashMap<>();
        for (DocumentFixture kind : KINDS) {
            String route = kind.route();
            routes.put("GET " + route, list(Needs.DOCUMENTS_READ));
            routes.put("POST " + route, issue(kind));
            routes.put("GET " + route + "/{number}", hidden(Needs.DOCUMENTS_READ));
            routes.put("GET " + route + "/{number}/pdf", hidden(Needs.DOCUMENTS_READ));
            routes.put("GET " + route + "/{number}/xml", hidden(Needs.DOCUMENTS_READ));
            routes.put("DELETE " + route + "/reference/{referenceCode}", hidden(Needs.DOCUMENTS_ISSUE));
            if (kind != SUPPORT_DOCUMENT && kind != ADJUSTMENT_NOTE) {
                routes.put("POST " + route + "/{number}/send-email", new Route(Needs.DOCUMENTS_ISSUE,
                        Expect.B_RESOURCE_HIDDEN, "", ids -> Payload.json("{\"email\":\"spy@example.com\"}")));
            }
        }
        routes.put("GET /api/v1/invoices/{number}/events", hidden(Needs.DOCUMENTS_READ));

        routes.put("GET /api/v1/api-keys", new Route(Needs.TENANT_MANAGE, Expect.OWN_DATA_ONLY, "?platform=true",
                ids -> Payload.NONE));
        routes.put("POST /api/v1/api-keys", create(Needs.TENANT_MANAGE, "{\"name\":\"a-key\"}"));
        routes.put("GET /api/v1/api-keys/{id}", hidden(Needs.TENANT_MANAGE));
        routes.put("DELETE /api/v1/api-keys/{id}", hidden(Needs.TENANT_MANAGE));
        routes.put("GET /api/v1/audit-events", list(Needs.TENANT_MANAGE));
        routes.put("GET /api/v1/webhook-endpoints", list(Needs.TENANT_MANAGE));
        routes.put("POST /api/v1/webhook-endpoints", create(Needs.TENANT_MANAGE, "{\"url\":\"http://127.0.0.1:9/a\","
                + "\"event_types\":[\"document.issued\"]}"));
        routes.put("GET /api/v1/webhook-endpoints/{id}", hidden(Needs.TENANT_MANAGE));
        routes.put("PATCH /api/v1/webhook-endpoints/{id}", new Route(Needs.TENANT_MANAGE, Expect.B_RESOURCE_HIDDEN, "",
                ids -> Payload.json("{\"enabled\":false}")));
        routes.put("DELETE /api/v1/webhook-endpoints/{id}", hidden(Needs.TENANT_MANAGE));
        routes.put("POST /api/v1/webhook-endpoints/{id}/rotate-secret", hidden(Needs.TENANT_MANAGE));
        routes.put("GET /api/v1/webhook-endpoints/{id}/deliveries", hidden(Needs.TENANT_MANAGE));
        routes.put("POST /api/v1/webhook-endpoints/{id}/replay", new Route(Needs.TENANT_MANAGE,
                Expect.B_RESOURCE_HIDDEN, "?since=2026-01-01T00:00:00Z", ids -> Payload.NONE));
        routes.put("POST /api/v1/webhook-endpoints/{id}/test", hidden(Needs.TENANT_MANAGE));
        routes.put("GET /api/v1/webhook-events", list(Needs.TENANT_MANAGE));
        routes.put("GET /api/v1/webhook-events/{eventId}", hidden(Needs.TENANT_MANAGE));
        routes.put("POST /api/v1/webhook-events/{eventId}/resend", hidden(Needs.TENANT_MANAGE));
        routes.put("GET /api/v1/exports", list(Needs.TENANT_MANAGE));
        routes.put("POST /api/v1/exports", create(Needs.TENANT_MANAGE, "{\"from\":\"2026-01-01\",\"to\":\"2026-01-31\"}"));
        routes.put("GET /api/v1/exports/{id}", hidden(Needs.TENANT_MANAGE));
        routes.put("GET /api/v1/exports/{id}/download", hidden(Needs.TENANT_MANAGE));
        routes.put("GET /api/v1/users", list(Needs.TENANT_MANAGE));
        routes.put("POST /api/v1/users", create(Needs.TENANT_MANAGE, "{\"username\":\"a-user-" + UUID.randomUUID()
                + "\",\"password\":\"a-long-enough-password\",\"role\":\"reader\"}"));
        routes.put("DELETE /api/v1/users/{id}", hidden(Needs.TENANT_MANAGE));

        routes.put("GET /api/v1/company", list(Needs.DOCUMENTS_READ));
        routes.put("PUT /api/v1/company", new Route(Needs.TENANT_MANAGE, Expect.OWN_DATA_ONLY, "",
                ids -> Payload.json("{\"phone\":\"3005550101\"}")));
        routes.put("POST /api/v1/company/logo", new Route(Needs.TENANT_MANAGE, Expect.OWN_DATA_ONLY, "",
                ids -> svgLogo()));

        routes.put("GET /api/v1/numbering-ranges", list(Needs.DOCUMENTS_READ));
        routes.put("GET /api/v1/numbering-ranges/software", list(Needs.DOCUMENTS_READ));
        routes.put("POST /api/v1/numbering-ranges", create(Needs.TENANT_MANAGE,
                "{\"document\":\"credit_note\",\"prefix\":\"NCA\",\"current\":1}"));
        routes.put("GET /api/v1/numbering-ranges/{id}", hidden(Needs.DOCUMENTS_READ));
        routes.put("PUT /api/v1/numbering-ranges/{id}", new Route(Needs.TENANT_MANAGE, Expect.B_RESOURCE_HIDDEN, "",
                ids -> Payload.json("{\"current\":2}")));
        routes.put("PATCH /api/v1/numbering-ranges/{id}", new Route(Needs.TENANT_MANAGE, Expect.B_RESOURCE_HIDDEN,
                "", ids -> Payload.json("{\"active\":false}")));
        routes.put("DELETE /api/v1/numbering-ranges/{id}", hidden(Needs.TENANT_MANAGE));

        for (String table : List.of("units", "taxes", "reference-tables", "municipalities", "countries")) {
            routes.put("GET /api/v1/lookups/" + table, list(Needs.DOCUMENTS_READ));
        }
        routes.put("GET /api/v1/lookups/acquirer", new Route(Needs.DOCUMENTS_READ, Expect.OWN_DATA_ONLY,
                "?identification_document_type=CC&identification_number=1399995", ids -> Payload.NONE));
        routes.put("POST /api/v1/lookups/refresh", create(Needs.TENANT_MANAGE, null));

        routes.put("GET /api/v1/auth/me", list(Needs.ANY_CALLER));
        routes.put("GET /api/v1/tenant", list(Needs.DOCUMENTS_READ));
        routes.put("POST /api/v1/auth/factus/login", create(Needs.ANY_CALLER,
                "{\"email\":\"spy@example.com\",\"password\":\"guess\"}"));
        routes.put("POST /api/v1/auth/factus/refresh", create(Needs.ANY_CALLER, "{\"refresh_token\":\"guess\"}"));

        // The platform's: tenants, vault rotation, archive verification, and the operations endpoints other than health.
        routes.put("GET /api/v1/tenants", platformOnly(null));
        routes.put("POST /api/v1/tenants", platformOnly("{\"name\":\"Spy\",\"nit\":\"900000001-0\",\"sandbox\":true}"));
        routes.put("GET /api/v1/tenants/{id}", platformOnly(null));
        routes.put("PATCH /api/v1/tenants/{id}", platformOnly("{\"status\":\"suspended\"}"));
        routes.put("DELETE /api/v1/tenants/{id}", platformOnly(null));
        routes.put("POST /api/v1/admin/vault/rotate", platformOnly(null));
        routes.put("POST /api/v1/admin/archive/verify", platformOnly(null));
        routes.put("GET /api/v1/admin/archive", platformOnly(null));
        for (String endpoint : List.of("", "/prometheus", "/metrics", "/metrics/{requiredMetricName}", "/info")) {
            routes.put("GET /actuator" + endpoint, platformOnly(null));
        }

        // The allow-list of public operations: signing in and liveness/readiness probes.
        routes.put("POST /api/v1/auth/login", new Route(Needs.NOTHING, Expect.PUBLIC, "",
                ids -> Payload.json("{\"username\":\"admin\",\"password\":\"guess\"}")));
        routes.put("GET /actuator/health", new Route(Needs.NOTHING, Expect.PUBLIC, "", ids -> Payload.NONE));
        return routes;
    }

    private static Route list(Needs needs) {
        return new Route(needs, Expect.OWN_DATA_ONLY, "", ids -> Payload.NONE);
    }

    private static Route hidden(Needs needs) {
        return new Route(needs, Expect.B_RESOURCE_HIDDEN, "", ids -> Payload.NONE);
    }

    private static Route create(Needs needs, String body) {
        return new Route(needs, Expect.OWN_DATA_ONLY, "", ids -> body == null ? Payload.NONE : Payload.json(body));
    }

    private static Route platformOnly(String body) {
        return new Route(Needs.PLATFORM_MANAGE, Expect.PLATFORM_ONLY, "",
                ids -> body == null ? Payload.NONE : Payload.json(body));
    }

    /**
     * Issuing: a note names the corrected document of B (refused as one that never existed); a standalone document is
     * A's own, sent with B's Idempotency-Key, which must be a fresh key in A's namespace (201), not B's stored answer.
     */
    private Route issue(DocumentFixture kind) {
        if (kind.corrects() != null) {
            return new Route(Needs.DOCUMENTS_ISSUE, Expect.B_REFERENCE_REFUSED, "",
                    ids -> Payload.json(kind.body("A-" + UUID.randomUUID(), ids.number(kind.corrects()))));
        }
        return new Route(Needs.DOCUMENTS_ISSUE, Expect.OWN_DATA_ONLY, "", ids -> Payload.json(
                kind.body("A-" + UUID.randomUUID(), null), "Idempotency-Key", idempotencyKeyOfB));
    }

    // ---- The checks ----

    private void checkAsTenantA(SoftAssertions softly, ApiClient keyOfA, Operation operation, Route route) {
        HttpResponse<String> answer = call(keyOfA, operation, route, ofB);
        String what = "A's full key: " + operation.key() + " -> " + answer.statusCode() + " " + answer.body();
        softly.assertThat(answer.statusCode()).as(what).isLessThan(500);
        softly.assertThat(leakedMarkers(answer, operation, route)).as(what).isEmpty();
        switch (route.expect()) {
            case B_RESOURCE_HIDDEN -> {
                softly.assertThat(answer.statusCode()).as(what).isIn(403, 404);
                assertSameAsForAGhost(softly, keyOfA, operation, route, answer);
            }
            case B_REFERENCE_REFUSED -> {
                softly.assertThat(answer.statusCode()).as(what).isIn(403, 404, 422);
                assertSameAsForAGhost(softly, keyOfA, operation, route, answer);
            }
            case OWN_DATA_ONLY -> softly.assertThat(answer.statusCode()).as(what).isNotIn(401, 403, 404);
            case PLATFORM_ONLY -> softly.assertThat(answer.statusCode()).as(what).isEqualTo(403);
            case PUBLIC -> { }
        }
        if (answer.statusCode() >= 400) {
            assertProblem(softly, answer, what);
        }
    }

    /** B's resource and one that never existed must get the same answer: existence is not revealed. */
    private void assertSameAsForAGhost(SoftAssertions softly, ApiClient keyOfA, Operation operation, Route route,
                                       HttpResponse<String> answer) {
        HttpResponse<String> ghost = call(keyOfA, operation, route, ghosts);
        softly.assertThat(ofB.neutralize(answer.body())).as("%s: B's resource vs one that never existed",
                operation.key()).isEqualTo(ghosts.neutralize(ghost.body()));
        softly.assertThat(answer.statusCode()).as(operation.key()).isEqualTo(ghost.statusCode());
    }

    /** A tenant key naming another tenant in Factus-Tenant is refused on every operation that takes credentials. */
    private void checkNamingTenantB(SoftAssertions softly, ApiClient keyOfA, Operation operation, Route route,
                                    Tenant b) {
        HttpResponse<String> answer = call(keyOfA, operation, route, ofB, ActingTenantFilter.HEADER, b.id());
        String what = "A's key naming B: " + operation.key() + " -> " + answer.statusCode() + " " + answer.body();
        softly.assertThat(leakedMarkers(answer, operation, route)).as(what).isEmpty();
        softly.assertThat(answer.statusCode()).as(what).isEqualTo(403);
        assertProblem(softly, answer, what);
    }

    /**
     * The POS key (documents:issue and documents:read) is refused every administration operation, and only those:
     * a document operation refused to it would mean the classification above is wrong.
     */
    private void checkScopesOfThePosKey(SoftAssertions softly, ApiClient posKey, Operation operation, Route route) {
        if (route.needs() == Needs.NOTHING) {
            return;
        }
        HttpResponse<String> answer = call(posKey, operation, route, ofB);
        String what = "A's POS key: " + operation.key() + " -> " + answer.statusCode() + " " + answer.body();
        softly.assertThat(leakedMarkers(answer, operation, route)).as(what).isEmpty();
        if (route.needs() == Needs.TENANT_MANAGE || route.needs() == Needs.PLATFORM_MANAGE) {
            softly.assertThat(answer.statusCode()).as(what).isEqualTo(403);
            assertProblem(softly, answer, what);
        } else {
            softly.assertThat(answer.statusCode()).as(what).isNotEqualTo(403);
        }
    }

    /**
     * B's exact request under B's Idempotency-Key, sent by A: a new invoice of A's, never B's stored answer. Last,
     * because it gives A an invoice with B's reference code. With a new key of A's: keys are per caller, and A's
     * other keys already used B's Idempotency-Key above (with another body, which would be 422 to them).
     */
    private void checkIdempotentReplayOfBIsNotReachable(SoftAssertions softly, ApiClient newKeyOfA) {
        HttpResponse<String> answer = newKeyOfA.send("POST", INVOICE.route(), invoiceBodyOfB, JSON,
                "Idempotency-Key", idempotencyKeyOfB);
        String what = "A replaying B's idempotent POST -> " + answer.statusCode() + " " + answer.body();
        record(answer);
        softly.assertThat(answer.statusCode()).as(what).isEqualTo(201);
        softly.assertThat(answer.headers().firstValue("Idempotent-Replayed")).as(what).isEmpty();
        softly.assertThat(leaked(answer, invoiceBodyOfB + idempotencyKeyOfB)).as(what).isEmpty();
    }

    private void compareLatency(ApiClient keyOfA, String prefix, String existing, String neverExisting, String suffix) {
        String ofBPath = prefix + existing + suffix;
        String ghostPath = prefix + neverExisting + suffix;
        for (int i = 0; i < 10; i++) {
            timed(keyOfA, ofBPath);
            timed(keyOfA, ghostPath);
        }
        long[] ofBTimes = new long[30];
        long[] ghostTimes = new long[30];
        for (int i = 0; i < 30; i++) {
            ofBTimes[i] = timed(keyOfA, ofBPath);
            ghostTimes[i] = timed(keyOfA, ghostPath);
        }
        double ofBMedian = medianMillis(ofBTimes);
        double ghostMedian = medianMillis(ghostTimes);
        double ratio = Math.max(ofBMedian, ghostMedian) / Math.max(0.001, Math.min(ofBMedian, ghostMedian));
        System.out.printf("Timing %s: B's existing %.2f ms, never existing %.2f ms (median of 30), difference %.2f ms,"
                + " ratio %.2f%n", prefix + "{id}" + suffix, ofBMedian, ghostMedian, ofBMedian - ghostMedian, ratio);
        // Generous on purpose: this runs on a shared 2-core CI machine next to other builds, where a single GC pause
        // or a busy neighbour moves a median by milliseconds. A lookup that reached B's row (a PDF rendered, a
        // provider call) would cost tens of milliseconds or more, which the bound still catches.
        assertThat(Math.abs(ofBMedian - ghostMedian) < 20 || ratio < 2)
                .as("median latency of B's existing %s vs a never-existing one", prefix + "{id}" + suffix).isTrue();
    }

    private long timed(ApiClient client, String path) {
        long start = System.nanoTime();
        HttpResponse<String> answer = client.get(path);
        long elapsed = System.nanoTime() - start;
        assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(404);
        return elapsed;
    }

    private static double medianMillis(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return (sorted[middle - 1] + sorted[middle]) / 2.0 / 1_000_000;
    }

    // ---- The OpenAPI document ----

    private List<Operation> operationsOfTheOpenApiDocument() {
        HttpResponse<String> docs = api.anonymous().get("/v3/api-docs");
        assertThat(docs.statusCode()).as(docs.body()).isEqualTo(200);
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : json(docs).path("paths").properties()) {
            for (String method : path.getValue().propertyNames()) {
                if (Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace").contains(method)) {
                    operations.add(new Operation(method.toUpperCase(), path.getKey()));
                }
            }
        }
        assertThat(operations).as("operations of the OpenAPI document").hasSizeGreaterThan(40);
        return operations;
    }

    /** A new operation must be classified (who may call it, what A gets) before this test passes again. */
    private static void assertEveryOperationIsClassified(List<Operation> operations, Map<String, Route> routes) {
        Set<String> documented = new TreeSet<>(operations.stream().map(Operation::key).toList());
        assertThat(new TreeSet<>(routes.keySet()))
                .as("classify each new operation in routes(); drop the ones the OpenAPI document no longer has")
                .isEqualTo(documented);
    }

    // ---- Calls and what they must not contain ----

    private HttpResponse<String> call(ApiClient client, Operation operation, Route route, Ids ids, String... headers) {
        Payload payload = route.payload().apply(ids);
        List<String> allHeaders = new ArrayList<>(payload.headers());
        allHeaders.addAll(List.of(headers));
        HttpResponse<String> answer = client.send(operation.method(), fill(operation.template(), ids) + route.query(),
                payload.body(), payload.contentType(), allHeaders.toArray(String[]::new));
        record(answer);
        return answer;
    }

    private void record(HttpResponse<String> answer) {
        statusesSeen.merge(String.valueOf(answer.statusCode()), 1, Integer::sum);
    }

    /** B's markers in the answer (body and headers), leaving out those A itself sent in this request. */
    private List<String> leakedMarkers(HttpResponse<String> answer, Operation operation, Route route) {
        Payload payload = route.payload().apply(ofB);
        String sent = fill(operation.template(), ofB) + route.query() + payload.body() + payload.headers();
        return leaked(answer, sent);
    }

    private List<String> leaked(HttpResponse<String> answer, String sent) {
        String seen = answer.body() + answer.headers().map();
        return markersOfB.stream().filter(marker -> !sent.contains(marker)).filter(seen::contains).toList();
    }

    private static String fill(String template, Ids ids) {
        Matcher variables = Pattern.compile("\\{([^}]+)}").matcher(template);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            variables.appendReplacement(path, Matcher.quoteReplacement(value(template, variables.group(1), ids)));
        }
        return variables.appendTail(path).toString();
    }

    private static String value(String template, String variable, Ids ids) {
        return switch (variable) {
            case "number" -> ids.number(kindOf(template));
            case "referenceCode" -> ids.reference(kindOf(template));
            case "requiredMetricName" -> "jvm.memory.used";
            case "eventId" -> ids.get("event");
            case "id" -> template.startsWith("/api/v1/api-keys/") ? ids.get("key")
                    : template.startsWith("/api/v1/users/") ? ids.get("user")
                    : template.startsWith("/api/v1/numbering-ranges/") ? ids.get("range")
                    : template.startsWith("/api/v1/tenants/") ? ids.get("tenant")
                    : template.startsWith("/api/v1/webhook-endpoints/") ? ids.get("webhook")
                    : template.startsWith("/api/v1/exports/") ? ids.get("export")
                    : fail("no identifier of B known for {id} in " + template);
            default -> fail("no identifier of B known for {" + variable + "} in " + template);
        };
    }

    private static DocumentFixture kindOf(String template) {
        return KINDS.stream().filter(kind -> template.startsWith(kind.route() + "/")).findFirst()
                .orElseThrow(() -> new AssertionError("no document kind for " + template));
    }

    private static void assertProblem(SoftAssertions softly, HttpResponse<String> answer, String what) {
        softly.assertThat(answer.headers().firstValue("Content-Type")).as(what)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        if (answer.body().startsWith("{")) {
            softly.assertThat(json(answer).path("type").asString()).as(what).isNotBlank();
        }
    }

    private static Payload svgLogo() {
        String boundary = "isolation-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"logo.svg\"\r\n"
                + "Content-Type: image/svg+xml\r\n\r\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>"
                + "\r\n--" + boundary + "--\r\n";
        return new Payload(body, "multipart/form-data; boundary=" + boundary, List.of());
    }

    // ---- Tenants and B's resources ----

    private Tenant sandboxTenant(String namePrefix) {
        String name = namePrefix + UUID.randomUUID();
        String digits = Long.toString(900_000_000L + Math.floorMod(name.hashCode(), 99_999_999));
        String nit = digits + "-" + NitCheckDigit.of(digits);
        HttpResponse<String> created = platform.send("POST", "/api/v1/tenants",
                "{\"name\":\"" + name + "\",\"nit\":\"" + nit + "\",\"sandbox\":true}", JSON);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Tenant tenant = new Tenant(json(created).path("id").asString(), name, nit, null);
        String adminKey = newKey(tenant, "[\"documents:issue\",\"documents:read\",\"tenant:manage\"]");
        return new Tenant(tenant.id(), name, nit, api.withKey(adminKey));
    }

    private String newKey(Tenant tenant, String scopes) {
        HttpResponse<String> created = platform.send("POST", "/api/v1/api-keys",
                "{\"name\":\"key-" + UUID.randomUUID() + "\",\"scopes\":" + scopes + "}", JSON,
                ActingTenantFilter.HEADER, tenant.id());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).path("key").asString();
    }

    /**
     * B's documents (one of each kind, the invoice under an Idempotency-Key), a numbering range, an API key, a company
     * name and its audit trail. B's ranges are first moved to random consecutives: every sandbox account starts at
     * the same ones (SETP990000001, NC1, ...), so A's own documents would otherwise carry B's numbers.
     */
    private void giveBResources(Tenant b) {
        Map<String, String> ids = new HashMap<>();
        Map<String, String> ghostIds = new HashMap<>();
        moveRangesToRandomConsecutives(b.admin());

        idempotencyKeyOfB = "b-" + UUID.randomUUID();
        invoiceBodyOfB = INVOICE.body("B-" + UUID.randomUUID(), null);
        JsonNode invoice = issueOfB(b, INVOICE, invoiceBodyOfB, "Idempotency-Key", idempotencyKeyOfB);
        HttpResponse<String> replay = b.admin().send("POST", INVOICE.route(), invoiceBodyOfB, JSON,
                "Idempotency-Key", idempotencyKeyOfB);
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).as("B's own replay").contains("true");
        remember(INVOICE, invoice, ids, ghostIds);
        for (DocumentFixture kind : List.of(CREDIT_NOTE, DEBIT_NOTE, SUPPORT_DOCUMENT, ADJUSTMENT_NOTE)) {
            String corrected = kind.corrects() == null ? null : ids.get(kind.corrects() + ".number");
            remember(kind, issueOfB(b, kind, kind.body("B-" + UUID.randomUUID(), corrected)), ids, ghostIds);
        }

        HttpResponse<String> range = b.admin().postJson("/api/v1/numbering-ranges", "{\"document\":\"credit_note\","
                + "\"prefix\":\"NCB\",\"current\":1,\"resolution_number\":\"" + randomDigits(11) + "\"}");
        assertThat(range.statusCode()).as(range.body()).isEqualTo(201);
        ids.put("range", json(range).path("id").asString());
        ghostIds.put("range", "987654");
        addMarkers(json(range), "resolution_number");

        HttpResponse<String> key = b.admin().postJson("/api/v1/api-keys", "{\"name\":\"b-key-" + UUID.randomUUID()
                + "\"}");
        assertThat(key.statusCode()).as(key.body()).isEqualTo(201);
        ids.put("key", json(key).path("id").asString());
        ghostIds.put("key", UUID.randomUUID().toString());
        addMarkers(json(key), "id", "name", "key");
        json(b.admin().get("/api/v1/api-keys")).forEach(stored -> addMarkers(stored, "id", "name", "prefix"));

        HttpResponse<String> user = b.admin().postJson("/api/v1/users", "{\"username\":\"b-user-"
                + UUID.randomUUID() + "\",\"password\":\"b-long-enough-password\",\"role\":\"user\"}");
        assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
        ids.put("user", json(user).path("id").asString());
        ghostIds.put("user", UUID.randomUUID().toString());
        addMarkers(json(user), "id", "username");

        HttpResponse<String> webhook = b.admin().postJson("/api/v1/webhook-endpoints", "{\"url\":\"http://127.0.0.1:9/b-"
                + UUID.randomUUID() + "\",\"event_types\":[\"document.issued\"]}");
        assertThat(webhook.statusCode()).as(webhook.body()).isEqualTo(201);
        ids.put("webhook", json(webhook).path("id").asString());
        ghostIds.put("webhook", UUID.randomUUID().toString());
        addMarkers(json(webhook), "id", "url", "secret");
        JsonNode events = json(b.admin().get("/api/v1/webhook-events?limit=100"));
        assertThat(events).as("B's webhook events").isNotEmpty();
        ids.put("event", events.get(0).path("id").asString());
        ghostIds.put("event", UUID.randomUUID().toString());
        events.forEach(event -> addMarkers(event, "id"));

        HttpResponse<String> export = b.admin().postJson("/api/v1/exports", "{\"from\":\"2026-01-01\","
                + "\"to\":\"2026-12-31\"}");
        assertThat(export.statusCode()).as(export.body()).isEqualTo(202);
        ids.put("export", json(export).path("id").asString());
        ghostIds.put("export", UUID.randomUUID().toString());
        addMarkers(json(export), "id");

        String company = "Compañía B " + UUID.randomUUID();
        HttpResponse<String> profile = b.admin().send("PUT", "/api/v1/company",
                "{\"company\":\"" + company + "\",\"trade_name\":\"" + company + "\"}", JSON);
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        markersOfB.add(company);

        JsonNode audit = json(b.admin().get("/api/v1/audit-events?size=100")).path("data");
        assertThat(audit).as("B's audit trail").isNotEmpty();
        // Event ids only: the actors are B's key prefixes (already markers) or the platform admin, who acts for A too.
        audit.forEach(event -> addMarkers(event, "id"));

        ids.put("tenant", b.id());
        ghostIds.put("tenant", UUID.randomUUID().toString());
        markersOfB.addAll(List.of(b.id(), b.name(), b.nit(), b.nit().replace("-", "")));
        // The control: B's own lists do show these markers, so their absence from A's answers means something.
        assertThat(b.admin().get(INVOICE.route()).body()).contains(ids.get(INVOICE + ".number"));
        assertThat(b.admin().get("/api/v1/audit-events").body()).contains(ids.get(CREDIT_NOTE + ".reference"));
        ofB = new Ids(Map.copyOf(ids));
        ghosts = new Ids(Map.copyOf(ghostIds));
        assertThat(markersOfB).allSatisfy(marker -> assertThat(marker).hasSizeGreaterThanOrEqualTo(8));
    }

    private void moveRangesToRandomConsecutives(ApiClient adminOfB) {
        for (JsonNode range : json(adminOfB.get("/api/v1/numbering-ranges"))) {
            long from = range.path("from").asLong();
            long span = range.path("to").asLong() - from;
            long current = from + span / 10 + ThreadLocalRandom.current().nextLong(span / 2);
            HttpResponse<String> moved = adminOfB.send("PUT", "/api/v1/numbering-ranges/" + range.path("id").asLong(),
                    "{\"current\":" + current + "}", JSON);
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        }
    }

    private JsonNode issueOfB(Tenant b, DocumentFixture kind, String body, String... headers) {
        HttpResponse<String> issued = b.admin().send("POST", kind.route(), body, JSON, headers);
        assertThat(issued.statusCode()).as(kind + " of B: " + issued.body()).isEqualTo(201);
        JsonNode document = json(issued);
        addMarkers(document, "id", "number", "cufe", "cude", "cuds", "reference_code");
        return document;
    }

    /** B's number and reference code of this kind, and ghosts of the same shape that exist in no account. */
    private static void remember(DocumentFixture kind, JsonNode document, Map<String, String> ids,
                                 Map<String, String> ghostIds) {
        String number = document.path("number").asString();
        Matcher parts = NUMBER.matcher(number);
        assertThat(parts.matches()).as("number " + number).isTrue();
        ids.put(kind + ".number", number);
        ids.put(kind + ".reference", document.path("reference_code").asString());
        // B's range only moved one step past its random start, so a few steps further was never handed out.
        ghostIds.put(kind + ".number", parts.group(1) + (Long.parseLong(parts.group(2)) + 7));
        ghostIds.put(kind + ".reference", "B-" + UUID.randomUUID());
    }

    private void addMarkers(JsonNode node, String... fields) {
        Stream.of(fields).map(node::path).filter(JsonNode::isValueNode).map(JsonNode::asString)
                .filter(value -> !value.isBlank()).forEach(markersOfB::add);
    }

    private static String randomDigits(int count) {
        StringBuilder digits = new StringBuilder("9");
        while (digits.length() < count) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
