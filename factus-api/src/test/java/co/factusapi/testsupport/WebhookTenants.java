package co.factusapi.testsupport;

import static co.factusapi.testsupport.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.domain.party.NitCheckDigit;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Sandbox tenants (each with its own emulator account) and an admin key of each, for webhook tests. */
public final class WebhookTenants {
    private WebhookTenants() {
    }

    /** A new sandbox tenant's id, name and a client with its tenant:manage, documents:issue and documents:read key. */
    public record Onboarded(String id, String name, ApiClient admin) {
    }

    public static Onboarded sandbox(ApiClient api, String namePrefix) {
        ApiClient platform = api.asAdmin();
        String name = namePrefix + " " + UUID.randomUUID();
        String digits = Long.toString(900_000_000L + Math.floorMod(name.hashCode(), 99_999_999));
        HttpResponse<String> created = platform.send("POST", "/api/v1/tenants", "{\"name\":\"" + name
                + "\",\"nit\":\"" + digits + "-" + NitCheckDigit.of(digits) + "\",\"sandbox\":true}", "application/json");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).path("id").asString();
        HttpResponse<String> key = platform.send("POST", "/api/v1/api-keys", "{\"name\":\"admin\",\"scopes\":"
                + "[\"tenant:manage\",\"documents:issue\",\"documents:read\"]}", "application/json", "Factus-Tenant", id);
        assertThat(key.statusCode()).as(key.body()).isEqualTo(201);
        return new Onboarded(id, name, api.withKey(json(key).path("key").asString()));
    }
}
