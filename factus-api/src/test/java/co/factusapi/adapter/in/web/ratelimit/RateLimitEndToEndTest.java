package co.factusapi.adapter.in.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.testsupport.ApiClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Per-caller and login limits, and CORS, with small numbers so they are reached quickly. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "factus-api.rate-limit.requests-per-minute=5",
        "factus-api.rate-limit.login.attempts-per-minute=8",
        "factus-api.rate-limit.login.max-failures=3",
        "factus-api.rate-limit.login.lockout=2s",
        "factus-api.cors.allowed-origins=https://shop.example.com"})
@ActiveProfiles("test")
class RateLimitEndToEndTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String SHOP = "https://shop.example.com";
    @LocalServerPort
    private int port;

    @Test
    void eachCallerHasItsOwnBucketAndIsToldWhatIsLeft() {
        ApiClient first = new ApiClient(port).withNewApiKey();
        for (int remaining = 4; remaining >= 0; remaining--) {
            HttpResponse<String> granted = first.get("/api/v1/auth/me");
            assertThat(granted.statusCode()).isEqualTo(200);
            assertThat(granted.headers().firstValue("RateLimit-Limit")).contains("5");
            assertThat(granted.headers().firstValue("RateLimit-Remaining")).contains(Integer.toString(remaining));
            assertThat(granted.headers().firstValue("RateLimit-Reset")).isPresent();
        }
        HttpResponse<String> refused = first.get("/api/v1/auth/me");
        assertTooManyRequests(refused);
        assertThat(refused.headers().firstValue("RateLimit-Remaining")).contains("0");
        assertThat(Long.parseLong(refused.headers().firstValue("RateLimit-Reset").orElseThrow())).isPositive();

        assertThat(new ApiClient(port).withNewApiKey().get("/api/v1/auth/me").statusCode()).isEqualTo(200);
    }

    @Test
    void loginAttemptsAreLimitedPerAddressAndUserName() {
        ApiClient anonymous = new ApiClient(port);
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> answered = anonymous.postJson("/api/v1/auth/login", "{\"username\":\"eve\"}");
            assertThat(answered.statusCode()).isEqualTo(422);
            assertThat(answered.headers().firstValue("RateLimit-Limit")).contains("8");
        }
        assertTooManyRequests(anonymous.postJson("/api/v1/auth/login", "{\"username\":\"eve\"}"));
        assertTooManyRequests(anonymous.send("POST", "/api/v1/auth/login", "username=EVE&password=x",
                "application/x-www-form-urlencoded"));
        assertThat(anonymous.postJson("/api/v1/auth/login", "{\"username\":\"eva\"}").statusCode()).isEqualTo(422);
    }

    @Test
    void repeatedFailuresLockTheNameEvenForTheRightPasswordWithoutRevealingWhoExists() throws Exception {
        ApiClient anonymous = new ApiClient(port);
        for (String name : new String[] {"admin", "mallory"}) {
            for (int i = 0; i < 3; i++) {
                assertThat(logIn(anonymous, name, "wrong-" + i).statusCode()).isEqualTo(401);
            }
        }
        HttpResponse<String> lockedAdmin = logIn(anonymous, "admin", ApiClient.ADMIN_PASSWORD);
        HttpResponse<String> lockedStranger = logIn(anonymous, "mallory", "anything");
        assertTooManyRequests(lockedAdmin);
        assertTooManyRequests(lockedStranger);
        assertThat(ApiClient.json(lockedAdmin).path("detail")).isEqualTo(ApiClient.json(lockedStranger).path("detail"));

        Thread.sleep(2_100);
        assertThat(logIn(anonymous, "admin", ApiClient.ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void configuredOriginsGetCorsAnswersWithoutCredentials() throws Exception {
        HttpResponse<String> preflight = preflight(SHOP);
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(SHOP);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                methods -> assertThat(methods).contains("POST"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

        HttpResponse<String> foreign = preflight("https://evil.example.com");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(PROBLEM));
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> call = new ApiClient(port).withNewApiKey().get("/api/v1/auth/me", "Origin", SHOP);
        assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).contains(SHOP);
        assertThat(call.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(
                exposed -> assertThat(exposed).contains("RateLimit-Remaining").contains("Retry-After"));
    }

    private HttpResponse<String> preflight(String origin) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/invoices"))
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "X-API-Key, Content-Type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> logIn(ApiClient client, String username, String password) {
        return client.postJson("/api/v1/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    private static void assertTooManyRequests(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(429);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(PROBLEM));
        assertThat(ApiClient.json(response).path("type").asString()).isEqualTo("urn:factus-api:problem:too-many-requests");
        assertThat(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow())).isPositive();
    }
}
