package co.factusapi.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.FactusApiApplication;
import co.factusapi.testsupport.ApiClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Over 10,000 generated malformed requests against the running service (authenticated with an API key): random
 * JSON shapes, wrong types, huge strings, deep nesting, invalid UTF-8, random content types, path segments and query
 * parameters. None may get a 5xx; every error must be problem+json with a type.
 */
class MalformedRequestFuzzTest {
    private static final int MINIMUM_REQUESTS = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicInteger SENT = new AtomicInteger();
    private static final List<String> FIELDS = List.of("reference_code", "numbering_range_prefix", "customer", "items",
            "document_type", "identification", "price", "quantity", "tax_rate", "withholding_taxes", "username",
            "password", "email", "name", "refresh_token", "payment_form", "", "__proto__", "ñandú", "a.b", "0",
            "invoice_number", "support_document_number", "correction_concept", "provider", "country_code");
    private static final List<String> SEGMENTS = List.of("SETP990000001", "..", ".", "%2F", "%2f", "%00", "%3F",
            "%23", "%25", "%FF", "%C3%A9", ";x=1", "~", "a b".replace(" ", "%20"), "x".repeat(300), "-1", "%2E%2E",
            "00000000-0000-0000-0000-000000000001", "null", "%E2%80%AE", "reference", "send-email", "pdf", "xml");
    private static final List<String> ENDPOINTS = List.of("POST /api/v1/invoices", "GET /api/v1/invoices",
            "GET /api/v1/invoices/{x}", "GET /api/v1/invoices/{x}/pdf", "GET /api/v1/invoices/{x}/xml",
            "GET /api/v1/invoices/{x}/events", "POST /api/v1/invoices/{x}/send-email",
            "DELETE /api/v1/invoices/reference/{x}", "POST /api/v1/auth/login", "GET /api/v1/auth/me",
            "POST /api/v1/auth/factus/login", "POST /api/v1/auth/factus/refresh", "POST /api/v1/api-keys",
            "GET /api/v1/api-keys", "GET /api/v1/api-keys/{x}", "DELETE /api/v1/api-keys/{x}", "PUT /api/v1/invoices",
            "PATCH /api/v1/invoices/{x}", "POST /api/v1/credit-notes", "DELETE /api/v1/credit-notes/reference/{x}",
            "POST /api/v1/debit-notes", "GET /api/v1/debit-notes", "GET /api/v1/debit-notes/{x}",
            "GET /api/v1/debit-notes/{x}/pdf", "POST /api/v1/debit-notes/{x}/send-email",
            "DELETE /api/v1/debit-notes/reference/{x}", "POST /api/v1/support-documents",
            "GET /api/v1/support-documents", "GET /api/v1/support-documents/{x}",
            "GET /api/v1/support-documents/{x}/xml", "DELETE /api/v1/support-documents/reference/{x}",
            "POST /api/v1/adjustment-notes", "GET /api/v1/adjustment-notes/{x}",
            "DELETE /api/v1/adjustment-notes/reference/{x}");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=UTF-8",
            "application/json; charset=ISO-8859-1", "application/json; charset=nonsense", "text/plain",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz", "multipart/form-data",
            "application/xml", "application/problem+json", "*/*", "application/*", "json", "a/b/c", ";;;", "");
    private static ConfigurableApplicationContext service;
    private static String baseUrl;
    private static String apiKey;

    @BeforeContainer
    static void start() {
        service = new SpringApplicationBuilder(FactusApiApplication.class).profiles("test")
                .properties("server.port=0").run();
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        baseUrl = "http://127.0.0.1:" + port;
        apiKey = new ApiClient(port).withNewApiKey().apiKey();
    }

    @AfterContainer
    static void stop() {
        service.close();
        assertThat(SENT.get()).isGreaterThanOrEqualTo(MINIMUM_REQUESTS);
    }

    @Property(tries = 4_000)
    void randomBodiesAndContentTypes(@ForAll("endpoints") String endpoint, @ForAll("segments") String segment,
                                     @ForAll("bodies") byte[] body, @ForAll("contentTypes") String contentType) {
        String[] parts = endpoint.split(" ");
        assertHandledCleanly(parts[0], parts[1].replace("{x}", segment), body, contentType);
    }

    @Property(tries = 3_000)
    void randomPathsAndQueries(@ForAll("methods") String method, @ForAll("paths") String path,
                               @ForAll("queries") String query) {
        assertHandledCleanly(method, path + query, null, null);
    }

    @Property(tries = 3_500)
    void invoiceShapedBodiesWithWrongTypesAndSizes(@ForAll("invoiceBodies") String body) {
        assertHandledCleanly("POST", "/api/v1/invoices", body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private static void assertHandledCleanly(String method, String path, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("X-API-Key", apiKey)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null && !contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = send(request.build());
        String described = method + " " + path + " [" + contentType + "] -> " + response.statusCode() + " " + response.body();
        assertThat(response.statusCode()).as(described).isLessThan(500);
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).as(described)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.path("type").asString()).as(described).startsWith("urn:factus-api:problem:");
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        SENT.incrementAndGet();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<String> endpoints() {
        return Arbitraries.of(ENDPOINTS);
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH");
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of(CONTENT_TYPES);
    }

    @Provide
    Arbitrary<String> segments() {
        return Arbitraries.oneOf(Arbitraries.of(SEGMENTS),
                Arbitraries.of(SEGMENTS).list().ofMinSize(1).ofMaxSize(4).map(list -> String.join("", list)),
                Arbitraries.strings().alpha().numeric().withChars("-_.~").ofMinLength(1).ofMaxLength(60));
    }

    @Provide
    Arbitrary<String> paths() {
        return segments().list().ofMinSize(0).ofMaxSize(6).map(list -> "/api/v1/" + String.join("/", list));
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> name = Arbitraries.of("page", "per_page", "reference_code", "number", "status", "from", "to",
                "identification", "names", "prefix", "%00", "a[b]", "");
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of("-1", "0", "99999999999999999999", "abc", "%FF",
                        "2024-13-45", "%2F..%2F", "x".repeat(2_000), "", "1e309", "NaN"),
                Arbitraries.strings().alpha().numeric().ofMaxLength(20));
        return Combinators.combine(name, value).as((n, v) -> n + "=" + v).list().ofMaxSize(4)
                .map(pairs -> pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<byte[]> randomBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> deepNesting = Arbitraries.integers().between(100, 20_000)
                .map(depth -> ("[".repeat(depth) + "]".repeat(depth / 2)).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> hugeString = Arbitraries.integers().between(10_000, 400_000)
                .map(size -> ("{\"reference_code\":\"" + "x".repeat(size) + "\"}").getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> invalidUtf8 = json().map(text -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 2) {
                bytes[bytes.length / 2] = (byte) 0xC3;
                bytes[bytes.length / 2 + 1] = (byte) 0x28;
            }
            return bytes;
        });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, json().map(text -> text.getBytes(StandardCharsets.UTF_8))),
                net.jqwik.api.Tuple.of(2, randomBytes), net.jqwik.api.Tuple.of(1, deepNesting),
                net.jqwik.api.Tuple.of(1, hugeString), net.jqwik.api.Tuple.of(2, invalidUtf8));
    }

    @Provide
    Arbitrary<String> invoiceBodies() {
        Arbitrary<String> leafs = scalars();
        Arbitrary<String> customer = Combinators.combine(Arbitraries.of("document_type", "identification", "names",
                "email", "municipality_code", "organization_type", "tribute", "dv", "unknown_field"), leafs)
                .as((k, v) -> "\"" + k + "\":" + v).list().ofMaxSize(8).map(entries -> "{" + String.join(",", entries) + "}");
        Arbitrary<String> item = Combinators.combine(Arbitraries.of("code_reference", "name", "quantity", "price",
                "tax_rate", "discount_rate", "unit_measure_code", "standard_code", "is_excluded", "withholding_taxes"), leafs)
                .as((k, v) -> "\"" + k + "\":" + v).list().ofMaxSize(10).map(entries -> "{" + String.join(",", entries) + "}");
        Arbitrary<String> items = Arbitraries.oneOf(item.list().ofMaxSize(3).map(list -> "[" + String.join(",", list) + "]"), leafs);
        return Combinators.combine(leafs, leafs, Arbitraries.oneOf(customer, leafs), items, leafs)
                .as((reference, prefix, cust, its, form) -> "{\"reference_code\":" + reference
                        + ",\"numbering_range_prefix\":" + prefix + ",\"customer\":" + cust + ",\"items\":" + its
                        + ",\"payment_form\":" + form + "}");
    }

    private Arbitrary<String> json() {
        return Arbitraries.recursive(this::scalars, this::containers, 0, 5);
    }

    private Arbitrary<String> containers(Arbitrary<String> inner) {
        Arbitrary<String> array = inner.list().ofMaxSize(4).map(list -> "[" + String.join(",", list) + "]");
        Arbitrary<String> object = Combinators.combine(Arbitraries.of(FIELDS), inner).as((k, v) -> quote(k) + ":" + v)
                .list().ofMaxSize(4).map(list -> "{" + String.join(",", list) + "}");
        return Arbitraries.oneOf(array, object, object);
    }

    private Arbitrary<String> scalars() {
        return Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-0", "1e309", "-1", "0.1", "123456789012345678901234567890",
                        "\"\"", "\"SETP\"", "\"cash\"", "NaN", "{", "]", "\"\\u0000\"", "\"\\ud800\"", "'x'", "01"),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.bigDecimals().map(Object::toString),
                Arbitraries.strings().ofMaxLength(40).map(MalformedRequestFuzzTest::quote),
                Arbitraries.integers().between(1_000, 20_000).map(n -> quote("x".repeat(n))));
    }

    private static String quote(String text) {
        return JSON.writeValueAsString(text);
    }
}
