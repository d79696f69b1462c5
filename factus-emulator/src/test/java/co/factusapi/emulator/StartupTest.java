package co.factusapi.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The emulator must be ready in well under a second: start, token, first catalogue read. */
class StartupTest {

    @Test
    void startsAndServesTheFirstAuthenticatedReadWithinOneSecond() throws Exception {
        long started = System.nanoTime();
        try (FactusEmulator emulator = FactusEmulator.start(0);
                HttpClient http = HttpClient.newHttpClient()) {
            EmulatorCredentials c = emulator.credentials();
            String form = "grant_type=password&client_id=" + c.clientId() + "&client_secret=" + c.clientSecret()
                    + "&username=" + URLEncoder.encode(c.username(), StandardCharsets.UTF_8) + "&password=" + c.password();
            HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/oauth/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String accessToken = JsonMapper.builder().build().readTree(token.body()).get("access_token").asString();
            HttpResponse<String> municipalities = http.send(HttpRequest.newBuilder(
                    URI.create(emulator.baseUrl() + "/v1/municipalities")).header("Authorization", "Bearer " + accessToken)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

            assertThat(municipalities.statusCode()).isEqualTo(200);
            assertThat(emulator.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(elapsedMillis).isLessThan(1000);
        }
    }
}
