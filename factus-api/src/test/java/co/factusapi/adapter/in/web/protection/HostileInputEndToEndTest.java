package co.factusapi.adapter.in.web.protection;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.config.FactusConfig;
import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.EmulatorControl;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Oversized bodies, wrong content types, path tricks and the security headers, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HostileInputEndToEndTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String HUGE_JSON = "{\"reference_code\":\"" + "x".repeat(300 * 1024) + "\"}";
    @LocalServerPort
    private int port;
    @Autowired
    private FactusConfig.EmbeddedFactus factus;
    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port).withNewApiKey();
    }

    @Test
    void aBodyOverTheLimitIs413WhetherDeclaredOrChunked() throws Exception {
        assertProblem(api.postJson("/api/v1/invoices", HUGE_JSON), 413, "payload-too-large");

        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(HUGE_JSON.getBytes())))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(chunked, 413, "payload-too-large");
    }

    @Test
    void everyJsonEndpointRefusesOtherContentTypesWith415() {
        for (String path : List.of("/api/v1/invoices", "/api/v1/invoices/SETP990000001/send-email",
                "/api/v1/auth/factus/login", "/api/v1/auth/factus/refresh", "/api/v1/auth/login")) {
            assertProblem(api.send("POST", path, "<xml/>", "application/xml"), 415, "unsupported-media-type");
            assertProblem(api.send("POST", path, "{}", "text/plain"), 415, "unsupported-media-type");
        }
    }

    @Test
    void pathTricksNeverReachFactus() {
        Map<String, Long> before = factus.emulator().counters().requests();
        for (String number : List.of("SETP1%3Fx=1", "SETP1%23x", "a%2Fb", "..", "%2E%2E", "SETP1;x=1", "%00",
                "a%252Fb", "x".repeat(200))) {
            for (String suffix : List.of("", "/pdf", "/xml", "/events")) {
                HttpResponse<String> response = api.get("/api/v1/invoices/" + number + suffix);
                assertThat(response.statusCode()).as(number + suffix).isBetween(400, 499);
                assertThat(response.headers().firstValue("Content-Type")).as(number + suffix)
                        .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM));
            }
            assertThat(api.send("DELETE", "/api/v1/invoices/reference/" + number, null, null).statusCode())
                    .as(number).isBetween(400, 499);
        }
        assertThat(factus.emulator().counters().requests()).isEqualTo(before);
    }

    @Test
    void apiAnswersCarryTheSecurityHeaders() {
        for (HttpResponse<String> response : List.of(api.get("/api/v1/auth/me"), api.anonymous().get("/api/v1/auth/me"),
                api.get("/api/v1/nowhere"))) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                    value -> assertThat(value).contains("no-store"));
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .contains("default-src 'none'; frame-ancestors 'none'");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
        HttpResponse<String> swagger = api.anonymous().get("/swagger-ui/index.html");
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(swagger.headers().firstValue("Content-Security-Policy")).isEmpty();
    }

    @Test
    void withoutConfiguredOriginsNoCrossOriginCallIsAllowed() throws IOException, InterruptedException {
        HttpResponse<String> preflight = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/invoices"))
                .header("Origin", "https://shop.example.com")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(PROBLEM));
        assertThat(ApiClient.json(response).path("type").asString()).isEqualTo("urn:factus-api:problem:" + code);
    }
}
