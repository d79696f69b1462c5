package co.factusapi.emulator;

import co.factusapi.emulator.document.DianCheckDigit;
import co.factusapi.emulator.http.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One real emulator per test class on an ephemeral port, reset before every test, plus a tiny HTTP client. */
public abstract class EmulatorTestSupport {
    protected static final JsonMapper MAPPER = JsonMapper.builder().build();
    protected static FactusEmulator emulator;
    protected static HttpClient http;
    protected String token;

    public record Reply(int status, JsonNode body, HttpResponse<String> raw) {
    }

    @BeforeAll
    static void startEmulator() {
        emulator = FactusEmulator.start(0);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
        http.close();
    }

    @BeforeEach
    void resetEmulator() {
        emulator.reset();
        token = null;
    }

    protected String token() {
        if (token == null) {
            token = passwordGrant().body().get("access_token").asString();
        }
        return token;
    }

    protected Reply passwordGrant() {
        EmulatorCredentials c = emulator.credentials();
        return form(Map.of("grant_type", "password", "client_id", c.clientId(), "client_secret", c.clientSecret(),
                "username", c.username(), "password", c.password()));
    }

    protected Reply form(Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri("/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    protected Reply get(String path) {
        return send(authorized(path).GET());
    }

    protected Reply delete(String path) {
        return send(authorized(path).DELETE());
    }

    protected Reply post(String path, Object json) {
        return send(authorized(path).POST(jsonBody(json)));
    }

    protected Reply put(String path, Object json) {
        return send(authorized(path).PUT(jsonBody(json)));
    }

    protected Reply patch(String path, Object json) {
        return send(authorized(path).method("PATCH", jsonBody(json)));
    }

    protected Reply control(String method, String path, Object json) {
        return send(HttpRequest.newBuilder(uri("/__emulator/" + path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : jsonBody(json)));
    }

    protected Reply validate(Object bill) {
        return post("/v1/bills/validate", bill);
    }

    protected JsonNode validated(Object bill) {
        Reply reply = validate(bill);
        if (reply.status() != 201) {
            throw new AssertionError("Expected 201 but got " + reply.status() + ": " + reply.raw().body());
        }
        return reply.body().get("data");
    }

    protected HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token())
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10));
    }

    protected static URI uri(String path) {
        return URI.create(emulator.baseUrl() + path);
    }

    protected static HttpRequest.BodyPublisher jsonBody(Object json) {
        return HttpRequest.BodyPublishers.ofByteArray(Json.write(json));
    }

    protected static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? null : MAPPER.readTree(response.body());
            return new Reply(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A valid bill for a natural-person customer: one 19 % IVA line and one 5 % IVA line (docs/factus-upstream.md §3.4). */
    protected static Map<String, Object> bill(String referenceCode) {
        return Json.obj("numbering_range_id", 8, "reference_code", referenceCode, "observation", "Prueba",
                "payment_form", "1", "payment_method_code", "10",
                "customer", Json.obj("identification", "123456789", "dv", "3", "names", "Alan Turing",
                        "address", "Calle 1 # 2-3", "email", "alan@example.com", "phone", "3001234567",
                        "legal_organization_id", "2", "tribute_id", "21", "identification_document_id", 3,
                        "municipality_id", "980"),
                "items", List.of(
                        Json.obj("code_reference", "12345", "name", "Señal de prueba", "quantity", 1,
                                "discount_rate", 20, "price", 50000, "tax_rate", "19.00", "unit_measure_id", 70,
                                "standard_code_id", 1, "is_excluded", 0, "tribute_id", 1,
                                "withholding_taxes", List.of(
                                        Json.obj("code", "06", "withholding_tax_rate", "7.00"),
                                        Json.obj("code", "05", "withholding_tax_rate", "15.00"))),
                        Json.obj("code_reference", "54321", "name", "Café", "quantity", 1, "discount_rate", 0,
                                "price", 50000, "tax_rate", "5.00", "unit_measure_id", 70, "standard_code_id", 1,
                                "is_excluded", 0, "tribute_id", 1)));
    }

    /**
     * A valid support document (docs/factus-upstream.md §6): a resident NIT provider in San Gil and two untaxed lines,
     * one with a 10 % discount, with ReteRenta at two rates and ReteICA. Amounts: 45000.90 + 12000.00 = 57000.90.
     */
    protected static Map<String, Object> supportDocument(String referenceCode) {
        return Json.obj("numbering_range_id", 10, "reference_code", referenceCode, "payment_method_code", "10",
                "observation", "Compra de café a pequeño productor",
                "provider", Json.obj("identification_document_id", 6, "identification", "900123456",
                        "dv", String.valueOf(DianCheckDigit.of("900123456")),
                        "trade_name", "Finca El Roble", "names", "José Pérez Gómez", "address", "Vereda La Palma",
                        "email", "roble@example.com", "phone", "3001234567", "is_resident", 1,
                        "country_code", "CO", "municipality_id", 980),
                "items", List.of(
                        Json.obj("code_reference", "CAF-1", "name", "Café pergamino seco", "quantity", 2,
                                "discount_rate", "10.00", "price", "25000.50", "unit_measure_id", 414,
                                "standard_code_id", 1, "withholding_taxes", List.of(
                                        Json.obj("code", "06", "withholding_tax_rate", "3.50"),
                                        Json.obj("code", "07", "withholding_tax_rate", "0.97"))),
                        Json.obj("code_reference", "FLE-1", "name", "Flete vereda – pueblo", "quantity", 1,
                                "discount_rate", 0, "price", 12000, "unit_measure_id", 70, "standard_code_id", 1,
                                "withholding_taxes", List.of(Json.obj("code", "06", "withholding_tax_rate", "4.00")))));
    }

    @SuppressWarnings("unchecked")
    protected static Map<String, Object> with(Map<String, Object> bill, String field, Object value) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(bill);
        copy.put(field, value);
        return copy;
    }

    @SuppressWarnings("unchecked")
    protected static Map<String, Object> withProvider(Map<String, Object> document, String field, Object value) {
        Map<String, Object> provider = new java.util.LinkedHashMap<>((Map<String, Object>) document.get("provider"));
        provider.put(field, value);
        return with(document, "provider", provider);
    }

    @SuppressWarnings("unchecked")
    protected static Map<String, Object> withCustomer(Map<String, Object> bill, String field, Object value) {
        Map<String, Object> customer = new java.util.LinkedHashMap<>((Map<String, Object>) bill.get("customer"));
        customer.put(field, value);
        return with(bill, "customer", customer);
    }
}
