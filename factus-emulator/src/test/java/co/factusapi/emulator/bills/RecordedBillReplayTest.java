package co.factusapi.emulator.bills;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.emulator.EmulatorOptions;
import co.factusapi.emulator.FactusEmulator;
import co.factusapi.emulator.http.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays the recorded sandbox bill SETP990024986 (docs/factus-upstream.md §12.3, vector 3) with the clock fixed at its creation
 * time: the emulator must produce Factus's real CUFE, end to end.
 */
class RecordedBillReplayTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void reproducesTheRealCufeOfARecordedSandboxBill() throws Exception {
        Clock creation = Clock.fixed(Instant.parse("2026-03-09T20:41:54Z"), ZoneOffset.UTC);
        try (FactusEmulator emulator = FactusEmulator.start(new EmulatorOptions(0, "127.0.0.1", 3600, creation, false));
                HttpClient http = HttpClient.newHttpClient()) {
            String token = token(http, emulator);
            send(http, emulator, token, "PUT", "/v1/numbering-ranges/8", Json.obj("current", 990024986L));

            JsonNode bill = send(http, emulator, token, "POST", "/v1/bills/validate", Json.obj(
                    "numbering_range_id", 8, "reference_code", "REPLAY-24986",
                    "customer", Json.obj("identification", "222222222222", "names", "Consumidor final",
                            "legal_organization_id", "2", "tribute_id", "21", "identification_document_id", "3",
                            "municipality_id", "980"),
                    "items", List.of(Json.obj("code_reference", "P1", "name", "Producto", "quantity", 1,
                            "discount_rate", 0, "price", 40000, "tax_rate", "0.00", "unit_measure_id", 70,
                            "standard_code_id", 1, "is_excluded", 1, "tribute_id", 1))))
                    .get("data").get("bill");

            assertThat(bill.get("number").asString()).isEqualTo("SETP990024986");
            assertThat(bill.get("created_at").asString()).isEqualTo("09-03-2026 03:41:54 PM");
            assertThat(bill.get("total").asString()).isEqualTo("40000.00");
            assertThat(bill.get("cufe").asString()).isEqualTo("a44122b04e33a6d6b307075a9116ffaddc750743c374e279"
                    + "b60553c957250c0fc230adcce515893b6f1a6944fc171795");
        }
    }

    private static String token(HttpClient http, FactusEmulator emulator) throws Exception {
        var c = emulator.credentials();
        String form = "grant_type=password&client_id=" + c.clientId() + "&client_secret=" + c.clientSecret()
                + "&username=" + URLEncoder.encode(c.username(), StandardCharsets.UTF_8) + "&password=" + c.password();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return MAPPER.readTree(response.body()).get("access_token").asString();
    }

    private static JsonNode send(HttpClient http, FactusEmulator emulator, String token, String method, String path,
            Object body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(Json.write(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        return MAPPER.readTree(response.body());
    }
}
