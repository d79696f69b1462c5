package co.factusapi.emulator.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.emulator.EmulatorAccount;
import co.factusapi.emulator.EmulatorCredentials;
import co.factusapi.emulator.EmulatorOptions;
import co.factusapi.emulator.FactusEmulator;
import co.factusapi.emulator.RateLimitCounters;
import co.factusapi.emulator.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Factus's per-account throttle: a sliding 60-second window, 429 with the throttle headers beyond it. */
class RateLimitTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-09T15:00:00Z"));
    private static FactusEmulator emulator;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        emulator = FactusEmulator.start(EmulatorOptions.defaults().withPort(0).withClock(CLOCK));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterAll
    static void stop() {
        emulator.close();
        http.close();
    }

    @BeforeEach
    void reset() {
        emulator.reset();
    }

    @Test
    void theSixthRequestWithinAMinuteOfAFivePerMinuteAccountIs429() {
        EmulatorAccount account = emulator.createAccount("A", 5);
        String token = token(account.credentials());
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> ok = get(token, "/v1/company");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.headers().firstValue("X-RateLimit-Limit")).contains("5");
            assertThat(ok.headers().firstValue("X-RateLimit-Remaining")).contains(String.valueOf(3 - i));
        }

        HttpResponse<String> throttled = get(token, "/v1/company");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("X-RateLimit-Limit")).contains("5");
        assertThat(throttled.headers().firstValue("X-RateLimit-Remaining")).contains("0");
        assertThat(throttled.headers().firstValue("Retry-After")).contains("60");
        JsonNode body = json(throttled);
        assertThat(body.get("status").asString()).isEqualTo("Too Many Requests");
        assertThat(body.get("message").asString()).isEqualTo("Too Many Attempts.");
    }

    @Test
    void requestsPassAgainOnceTheWindowSlidesPastTheOldestOne() {
        EmulatorAccount account = emulator.createAccount("A", 5);
        String token = token(account.credentials());
        CLOCK.advance(Duration.ofSeconds(30));
        for (int i = 0; i < 4; i++) {
            get(token, "/v1/company");
        }
        CLOCK.advance(Duration.ofSeconds(29));
        HttpResponse<String> stillFull = get(token, "/v1/company");

        CLOCK.advance(Duration.ofSeconds(1));
        HttpResponse<String> tokenCallLeft = get(token, "/v1/company");
        HttpResponse<String> fullAgain = get(token, "/v1/company");
        CLOCK.advance(Duration.ofSeconds(31));

        assertThat(stillFull.statusCode()).isEqualTo(429);
        assertThat(stillFull.headers().firstValue("Retry-After")).contains("1");
        assertThat(tokenCallLeft.statusCode()).isEqualTo(200);
        assertThat(fullAgain.statusCode()).isEqualTo(429);
        assertThat(fullAgain.headers().firstValue("Retry-After")).contains("30");
        assertThat(get(token, "/v1/company").statusCode()).isEqualTo(200);
    }

    @Test
    void countersReportAcceptedThrottledAndTheBusiestWindow() {
        EmulatorAccount account = emulator.createAccount("A", 3);
        String token = token(account.credentials());
        get(token, "/v1/company");
        get(token, "/v1/company");
        get(token, "/v1/company");
        CLOCK.advance(Duration.ofSeconds(61));
        get(token, "/v1/company");

        RateLimitCounters counters = account.rateLimitCounters();
        JsonNode overHttp = control("GET", "counters?account=" + account.id(), null).get("rate_limit");

        assertThat(counters).isEqualTo(new RateLimitCounters(3, 4, 1, 3));
        assertThat(overHttp.get("per_minute").asInt()).isEqualTo(3);
        assertThat(overHttp.get("accepted").asLong()).isEqualTo(4);
        assertThat(overHttp.get("throttled").asLong()).isEqualTo(1);
        assertThat(overHttp.get("max_in_window").asInt()).isEqualTo(3);
    }

    @Test
    void theDefaultAccountIsUnlimitedAndStillMeasured() {
        String token = token(emulator.credentials());
        HttpResponse<String> last = null;
        for (int i = 0; i < 100; i++) {
            last = get(token, "/v1/company");
            assertThat(last.statusCode()).isEqualTo(200);
        }

        assertThat(last.headers().firstValue("X-RateLimit-Limit")).isEmpty();
        assertThat(emulator.defaultAccount().rateLimitCounters()).isEqualTo(new RateLimitCounters(0, 101, 0, 101));
    }

    @Test
    void controlPlaneCallsAreNeverCountedNorLimited() {
        EmulatorAccount account = emulator.createAccount("A", 1);
        String token = token(account.credentials());
        for (int i = 0; i < 5; i++) {
            control("GET", "counters?account=" + account.id(), null);
            control("GET", "bills?account=" + account.id(), null);
        }

        assertThat(account.rateLimitCounters().accepted()).isEqualTo(1);
        assertThat(get(token, "/v1/company").statusCode()).isEqualTo(429);
    }

    @Test
    void theLimitIsSetPerAccountOverTheControlPlane() {
        String id = control("POST", "accounts", Json.obj("rate_limit_per_minute", 1)).get("id").asString();
        EmulatorCredentials credentials = emulator.account(id).credentials();
        String token = token(credentials);
        assertThat(get(token, "/v1/company").statusCode()).isEqualTo(429);

        JsonNode lifted = control("PUT", "accounts/" + id + "/rate-limit", Json.obj("per_minute", 0));

        assertThat(lifted.get("rate_limit_per_minute").asInt()).isZero();
        assertThat(get(token, "/v1/company").statusCode()).isEqualTo(200);
        control("PUT", "accounts/" + id + "/rate-limit", Json.obj("per_minute", 2));
        assertThat(get(token, "/v1/company").statusCode()).isEqualTo(429);
        assertThat(control("PUT", "accounts/nobody/rate-limit", Json.obj("per_minute", 2)).get("message")
                .asString()).contains("nobody");
    }

    @Test
    void newAccountsTakeTheOptionsLimitAndOneAccountsLimitSparesTheOthers() {
        try (FactusEmulator strict = FactusEmulator.start(EmulatorOptions.defaults().withPort(0).withClock(CLOCK)
                .withAccountRateLimitPerMinute(2))) {
            assertThat(strict.createAccount("A").rateLimitPerMinute()).isEqualTo(2);
            assertThat(strict.defaultAccount().rateLimitPerMinute()).isZero();
        }
        EmulatorAccount a = emulator.createAccount("A", 1);
        EmulatorAccount b = emulator.createAccount("B", 1);
        token(a.credentials());

        assertThat(token(b.credentials())).isNotBlank();
        assertThat(form(a.credentials()).statusCode()).isEqualTo(429);
    }

    private static String token(EmulatorCredentials credentials) {
        HttpResponse<String> reply = form(credentials);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return json(reply).get("access_token").asString();
    }

    private static HttpResponse<String> form(EmulatorCredentials c) {
        String body = Map.of("grant_type", "password", "client_id", c.clientId(), "client_secret", c.clientSecret(),
                        "username", c.username(), "password", c.password()).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri("/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> get(String token, String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET());
    }

    private static JsonNode control(String method, String path, Object json) {
        return json(send(HttpRequest.newBuilder(uri("/__emulator/" + path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(Json.write(json)))));
    }

    private static URI uri(String path) {
        return URI.create(emulator.baseUrl() + path);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return MAPPER.readTree(response.body());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
