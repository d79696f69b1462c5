package co.factusapi.adapter.in.web.provider;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.config.FactusConfig;
import co.factusapi.emulator.EmulatorCredentials;
import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.InvoiceJson;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The original service's Factus login pass-through and its X-Factus-Token header. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FactusPassthroughEndToEndTest {
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
    void aCallerCanLogInToFactusRefreshAndUseItsOwnToken() {
        EmulatorCredentials emulator = factus.emulator().credentials();
        HttpResponse<String> login = api.postJson("/api/v1/auth/factus/login",
                "{\"email\":\"" + emulator.username() + "\",\"password\":\"" + emulator.password() + "\"}");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        JsonNode token = ApiClient.json(login);
        assertThat(token.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(token.path("expires_in").asLong()).isPositive();

        HttpResponse<String> refreshed = api.postJson("/api/v1/auth/factus/refresh",
                "{\"refresh_token\":\"" + token.path("refresh_token").asString() + "\"}");
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        String ownToken = ApiClient.json(refreshed).path("access_token").asString();

        HttpResponse<String> created = api.send("POST", "/api/v1/invoices",
                InvoiceJson.body("OWN-" + System.nanoTime(), "1137624282", "CC", null),
                "application/json", "X-Factus-Token", ownToken);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @Test
    void refusedFactusCredentialsOrTokensAreReportedAsSuch() {
        HttpResponse<String> login = api.postJson("/api/v1/auth/factus/login",
                "{\"email\":\"nobody@example.com\",\"password\":\"wrong\"}");
        assertThat(login.statusCode()).isEqualTo(422);
        assertThat(ApiClient.json(login).path("type").asString()).isEqualTo("urn:factus-api:problem:upstream-rejected");
        assertThat(login.body()).doesNotContain("wrong");

        assertThat(api.postJson("/api/v1/auth/factus/login", "{\"email\":\"not-an-email\",\"password\":\"x\"}").statusCode())
                .isEqualTo(422);

        HttpResponse<String> foreignToken = api.send("POST", "/api/v1/invoices",
                InvoiceJson.body("BAD-" + System.nanoTime(), "1137624282", "CC", null),
                "application/json", "X-Factus-Token", "not-a-factus-token");
        assertThat(foreignToken.statusCode()).isEqualTo(502);
        assertThat(ApiClient.json(foreignToken).path("type").asString())
                .isEqualTo("urn:factus-api:problem:upstream-credentials-refused");
    }
}
