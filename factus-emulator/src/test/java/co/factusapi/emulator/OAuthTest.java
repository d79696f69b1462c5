package co.factusapi.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.emulator.http.Json;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code POST /oauth/token} and bearer checks (docs/factus-upstream.md §2, §11). */
class OAuthTest extends EmulatorTestSupport {

    @Test
    void passwordGrantIssuesBearerTokens() {
        Reply reply = passwordGrant();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(reply.body().get("expires_in").asLong()).isEqualTo(3600);
        assertThat(reply.body().get("access_token").asString()).isNotBlank();
        assertThat(reply.body().get("refresh_token").asString()).isNotBlank();
        assertThat(emulator.counters().tokensIssued()).isEqualTo(1);
    }

    @Test
    void wrongClientIsInvalidClient401() {
        Reply reply = form(grant("client_secret", "nope"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body().get("error").asString()).isEqualTo("invalid_client");
        assertThat(reply.body().get("message").asString()).isEqualTo("Client authentication failed");
    }

    @Test
    void wrongPasswordIsInvalidGrant400() {
        Reply reply = form(grant("password", "nope"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void unknownGrantTypeIsUnsupported() {
        Reply reply = form(grant("grant_type", "client_credentials"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("error").asString()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void refreshRotatesAndOnlyTheLatestRefreshTokenWorks() {
        String first = passwordGrant().body().get("refresh_token").asString();

        Reply refreshed = form(refresh(first));
        Reply reused = form(refresh(first));

        assertThat(refreshed.status()).isEqualTo(200);
        String second = refreshed.body().get("refresh_token").asString();
        assertThat(second).isNotEqualTo(first);
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.body().get("error").asString()).isEqualTo("invalid_grant");
        assertThat(form(refresh(second)).status()).isEqualTo(200);
    }

    @Test
    void refreshAlsoWorksWithAnAuthorizationHeader() {
        Reply login = passwordGrant();
        String body = "grant_type=refresh_token&client_id=" + emulator.credentials().clientId() + "&client_secret="
                + emulator.credentials().clientSecret() + "&refresh_token=" + login.body().get("refresh_token").asString();

        Reply reply = send(HttpRequest.newBuilder(uri("/oauth/token"))
                .header("Authorization", "Bearer " + login.body().get("access_token").asString())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("access_token").asString()).isNotBlank();
    }

    @Test
    void resourceCallsWithoutOrWithUnknownTokenAre401() {
        Reply missing = send(HttpRequest.newBuilder(uri("/v1/municipalities")).GET());
        Reply unknown = send(HttpRequest.newBuilder(uri("/v1/municipalities")).header("Authorization", "Bearer x").GET());

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.body().get("message").asString()).isEqualTo("Unauthenticated.");
        assertThat(unknown.status()).isEqualTo(401);
    }

    @Test
    void expiredTokensAre401UntilRefreshed() {
        Reply login = passwordGrant();
        String refreshToken = login.body().get("refresh_token").asString();
        token = login.body().get("access_token").asString();
        assertThat(get("/v1/municipalities").status()).isEqualTo(200);

        control("POST", "tokens/expire", null);

        assertThat(get("/v1/municipalities").status()).isEqualTo(401);
        Reply refreshed = form(refresh(refreshToken));
        assertThat(refreshed.status()).isEqualTo(200);
        token = refreshed.body().get("access_token").asString();
        assertThat(get("/v1/municipalities").status()).isEqualTo(200);
    }

    @Test
    void tokenLifetimeIsConfigurableAndZeroExpiresAtOnce() {
        control("PUT", "config", Json.obj("token_expires_in", 0));

        Reply login = passwordGrant();
        token = login.body().get("access_token").asString();

        assertThat(login.body().get("expires_in").asLong()).isZero();
        assertThat(get("/v1/municipalities").status()).isEqualTo(401);
    }

    private static Map<String, String> grant(String field, String value) {
        Map<String, String> fields = new HashMap<>(Map.of("grant_type", "password",
                "client_id", emulator.credentials().clientId(), "client_secret", emulator.credentials().clientSecret(),
                "username", emulator.credentials().username(), "password", emulator.credentials().password()));
        fields.put(field, value);
        return fields;
    }

    private static Map<String, String> refresh(String refreshToken) {
        return Map.of("grant_type", "refresh_token", "client_id", emulator.credentials().clientId(),
                "client_secret", emulator.credentials().clientSecret(), "refresh_token", refreshToken);
    }
}
