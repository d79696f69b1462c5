package co.factusapi.adapter.in.web.webhook;

import static co.factusapi.testsupport.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.EndToEndTest;
import co.factusapi.testsupport.SecretSearch;
import co.factusapi.testsupport.WebhookTenants;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Registering webhook endpoints over HTTP: secrets shown once and sealed, SSRF guard, event types, isolation. */
class WebhookEndpointsEndToEndTest extends EndToEndTest {
    private static final String JSON = "application/json";
    private static final String PATH = "/api/v1/webhook-endpoints";

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSecretIsShownOnceAndStoredOnlySealed() {
        ApiClient admin = WebhookTenants.sandbox(api, "Tienda W").admin();
        HttpResponse<String> created = create(admin, "http://127.0.0.1:9/hooks", "[\"document.issued\"]");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode endpoint = json(created);
        String secret = endpoint.path("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSize(32);
        assertThat(created.headers().firstValue("Location")).contains(PATH + "/" + endpoint.path("id").asString());

        HttpResponse<String> shown = admin.get(PATH + "/" + endpoint.path("id").asString());
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).doesNotContain(secret).doesNotContain("\"secret\"");
        assertThat(json(shown).path("event_types").toString()).isEqualTo("[\"document.issued\"]");
        assertThat(admin.get(PATH).body()).contains(endpoint.path("id").asString()).doesNotContain(secret);
        assertThat(SecretSearch.columnsHolding(jdbc, secret)).isEmpty();
        assertThat(SecretSearch.columnsHolding(jdbc, secret.substring(6))).isEmpty();
    }

    @Test
    void urlsThatAreNotPublicHttpsAndUnknownEventTypesAre422() {
        ApiClient admin = WebhookTenants.sandbox(api, "Tienda V").admin();
        assertRefused(create(admin, "http://93.184.216.34/hooks", "[\"document.issued\"]"), "url", "https");
        assertRefused(create(admin, "ftp://93.184.216.34/hooks", "[\"document.issued\"]"), "url", "https");
        assertRefused(create(admin, "/relative/hooks", "[\"document.issued\"]"), "url", "https");
        for (String privateUrl : new String[] {"https://10.0.0.7/hooks", "https://192.168.1.20/hooks",
                "https://169.254.169.254/latest/meta-data", "https://[::1]/hooks", "https://[fd00::1]/hooks",
                "https://0.0.0.0/hooks", "https://127.0.0.2/hooks", "https://224.0.0.1/hooks"}) {
            assertRefused(create(admin, privateUrl, "[\"document.issued\"]"), "url", "non-public address");
        }
        HttpResponse<String> unknown = create(admin, "http://127.0.0.1:9/hooks", "[\"document.issued\",\"invoice.paid\"]");
        assertRefused(unknown, "event_types[1]", "known: document.issued, document.rejected, document.unknown, "
                + "document.settled, document.deleted");
        assertRefused(create(admin, "http://127.0.0.1:9/hooks", "[]"), "event_types", "document.issued");
        assertThat(json(admin.get(PATH))).isEmpty();
    }

    @Test
    void updateRotateAndDelete() {
        ApiClient admin = WebhookTenants.sandbox(api, "Tienda U").admin();
        JsonNode endpoint = json(create(admin, "http://127.0.0.1:9/hooks", "[\"document.issued\"]"));
        String path = PATH + "/" + endpoint.path("id").asString();

        HttpResponse<String> disabled = admin.send("PATCH", path, "{\"enabled\":false,\"event_types\":"
                + "[\"document.rejected\",\"document.settled\"]}", JSON);
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(json(disabled).path("enabled").asBoolean()).isFalse();
        assertThat(json(disabled).path("disabled_reason").asString()).isEqualTo("disabled by the tenant");
        assertThat(json(disabled).path("event_types").toString())
                .isEqualTo("[\"document.rejected\",\"document.settled\"]");
        assertRefused(admin.send("PATCH", path, "{\"url\":\"https://10.9.9.9/x\"}", JSON), "url", "non-public");
        HttpResponse<String> enabled = admin.send("PATCH", path, "{\"enabled\":true}", JSON);
        assertThat(json(enabled).path("enabled").asBoolean()).isTrue();
        assertThat(json(enabled).has("disabled_reason")).isFalse();

        HttpResponse<String> rotated = admin.send("POST", path + "/rotate-secret", null, null);
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        String newSecret = json(rotated).path("secret").asString();
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(endpoint.path("secret").asString());
        Instant graceUntil = Instant.parse(json(rotated).path("previous_secret_until").asString());
        assertThat(Duration.between(Instant.now(), graceUntil)).isBetween(Duration.ofHours(23), Duration.ofHours(24));
        assertThat(SecretSearch.columnsHolding(jdbc, newSecret)).isEmpty();
        assertThat(SecretSearch.columnsHolding(jdbc, endpoint.path("secret").asString())).isEmpty();

        assertThat(admin.send("DELETE", path, null, null).statusCode()).isEqualTo(204);
        assertThat(admin.get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void anotherTenantsEndpointIsNotFoundAndThePosKeyMayNotManageEndpoints() {
        ApiClient a = WebhookTenants.sandbox(api, "Tienda A").admin();
        ApiClient b = WebhookTenants.sandbox(api, "Tienda B").admin();
        String path = PATH + "/" + json(create(a, "http://127.0.0.1:9/hooks", "[\"document.issued\"]")).path("id")
                .asString();

        assertThat(b.get(path).statusCode()).isEqualTo(404);
        assertThat(b.send("PATCH", path, "{\"enabled\":false}", JSON).statusCode()).isEqualTo(404);
        assertThat(b.send("POST", path + "/rotate-secret", null, null).statusCode()).isEqualTo(404);
        assertThat(b.send("DELETE", path, null, null).statusCode()).isEqualTo(404);
        assertThat(json(b.get(PATH))).isEmpty();
        assertThat(a.get(path).statusCode()).isEqualTo(200);
        assertThat(json(a.get(path)).path("enabled").asBoolean()).isTrue();

        assertThat(api.get(PATH).statusCode()).as("a POS key").isEqualTo(403);
    }

    private static HttpResponse<String> create(ApiClient admin, String url, String eventTypes) {
        return admin.send("POST", PATH, "{\"url\":\"" + url + "\",\"description\":\"ERP\",\"event_types\":"
                + eventTypes + "}", JSON);
    }

    private static void assertRefused(HttpResponse<String> answer, String field, String message) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(answer);
        assertThat(problem.path("type").asString()).endsWith("validation-error");
        assertThat(problem.toString()).contains("\"" + field + "\"").contains(message);
    }
}
