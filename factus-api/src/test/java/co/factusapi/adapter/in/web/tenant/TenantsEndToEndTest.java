package co.factusapi.adapter.in.web.tenant;

import static co.factusapi.testsupport.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.domain.party.NitCheckDigit;
import co.factusapi.emulator.EmulatorAccount;
import co.factusapi.emulator.EmulatorCredentials;
import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.DocumentFixture;
import co.factusapi.testsupport.SecretSearch;
import co.factusapi.testsupport.PostgresEndToEndTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Tenants over HTTP on PostgreSQL: onboarding (sandbox and live, with Factus checking the credentials), isolation of
 * one tenant's documents and keys from another's, the Factus-Tenant header, suspension, retention, and a database
 * that holds no secret in plain text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TenantsEndToEndTest extends PostgresEndToEndTest {
    private static final String JSON = "application/json";

    @Autowired
    private JdbcClient jdbc;
    private ApiClient platform;

    @BeforeEach
    void signInAsThePlatform() {
        platform = api.asAdmin();
    }

    @Test
    void twoSandboxTenantsIssueIntoTheirOwnAccountsAndNeverSeeEachOther() {
        Onboarded a = sandboxTenant("Tienda A " + UUID.randomUUID());
        Onboarded b = sandboxTenant("Tienda B " + UUID.randomUUID());

        String reference = "A-" + UUID.randomUUID();
        HttpResponse<String> issued = a.pos.postJson("/api/v1/invoices", DocumentFixture.INVOICE.body(reference, null));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String number = json(issued).path("number").asString();

        assertThat(emulatorBills(a.name)).contains(reference);
        assertThat(emulatorBills(b.name)).doesNotContain(reference);
        assertThat(emulator.bills()).doesNotContain(reference);

        assertThat(a.pos.get("/api/v1/invoices/" + number).statusCode()).isEqualTo(200);
        assertProblem(b.pos.get("/api/v1/invoices/" + number), 404);
        assertProblem(b.pos.get("/api/v1/invoices/" + number + "/pdf"), 404);
        assertThat(b.pos.get("/api/v1/invoices?reference_code=" + reference).body()).doesNotContain(reference);
        assertProblem(b.pos.send("DELETE", "/api/v1/invoices/reference/" + reference, null, null), 404);

        // A tenant's key never acts for another tenant, whatever it names.
        assertProblem(a.pos.get("/api/v1/invoices/" + number, "Factus-Tenant", b.id), 403);
        // The platform names the tenant it acts for; an unknown or malformed one is not found.
        assertThat(platform.get("/api/v1/invoices/" + number, "Factus-Tenant", a.id).statusCode()).isEqualTo(200);
        assertProblem(platform.get("/api/v1/invoices/" + number, "Factus-Tenant", b.id), 404);
        assertProblem(platform.get("/api/v1/invoices/" + number, "Factus-Tenant", UUID.randomUUID().toString()), 404);
        assertProblem(platform.get("/api/v1/invoices", "Factus-Tenant", "not-a-tenant"), 404);

        // Keys and the audit trail are per tenant too.
        String keyOfA = json(a.admin.get("/api/v1/api-keys")).get(0).path("id").asString();
        assertProblem(b.admin.get("/api/v1/api-keys/" + keyOfA), 404);
        assertProblem(b.admin.send("DELETE", "/api/v1/api-keys/" + keyOfA, null, null), 404);
        assertThat(json(b.admin.get("/api/v1/audit-events?reference_code=" + reference)).path("data")).isEmpty();
        assertThat(json(a.admin.get("/api/v1/audit-events?reference_code=" + reference)).path("data")).hasSize(1);
    }

    @Test
    void scopesKeepPosKeysOutOfAdministration() {
        Onboarded a = sandboxTenant("Tienda S " + UUID.randomUUID());

        assertProblem(a.pos.get("/api/v1/tenants"), 403);
        assertProblem(a.pos.postJson("/api/v1/api-keys", "{\"name\":\"x\"}"), 403);
        assertProblem(a.pos.get("/api/v1/audit-events"), 403);
        assertProblem(a.admin.get("/api/v1/tenants"), 403);
        assertProblem(a.admin.postJson("/api/v1/api-keys", "{\"name\":\"ops\",\"scopes\":[\"platform:manage\"]}"), 403);
        assertProblem(a.admin.postJson("/api/v1/api-keys", "{\"name\":\"x\",\"scopes\":[\"everything\"]}"), 422);
        String reader = json(a.admin.postJson("/api/v1/api-keys",
                "{\"name\":\"reader\",\"scopes\":[\"documents:read\"]}")).path("key").asString();
        assertProblem(api.withKey(reader).postJson("/api/v1/invoices",
                DocumentFixture.INVOICE.body("R-" + UUID.randomUUID(), null)), 403);
        assertThat(api.withKey(reader).get("/api/v1/invoices").statusCode()).isEqualTo(200);
    }

    @Test
    void eachTenantHasItsOwnUsersWithTheirRoles() {
        Onboarded a = sandboxTenant("Tienda W " + UUID.randomUUID());
        Onboarded b = sandboxTenant("Tienda X " + UUID.randomUUID());
        String number = json(a.pos.postJson("/api/v1/invoices", DocumentFixture.INVOICE.body("W-" + UUID.randomUUID(),
                null))).path("number").asString();
        String username = "contadora-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> created = a.admin.postJson("/api/v1/users", "{\"username\":\"" + username
                + "\",\"password\":\"una-clave-larga-y-unica\",\"role\":\"reader\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("una-clave-larga-y-unica");
        assertProblem(a.admin.postJson("/api/v1/users", "{\"username\":\"" + username
                + "\",\"password\":\"una-clave-larga-y-unica\",\"role\":\"reader\"}"), 409);
        assertProblem(a.admin.postJson("/api/v1/users", "{\"username\":\"x\",\"password\":\"short\","
                + "\"role\":\"reader\"}"), 422);

        ApiClient reader = api.asUser(username, "una-clave-larga-y-unica");
        assertThat(reader.get("/api/v1/invoices/" + number).statusCode()).isEqualTo(200);
        assertProblem(reader.postJson("/api/v1/invoices", DocumentFixture.INVOICE.body("W-" + UUID.randomUUID(),
                null)), 403);
        assertThat(json(reader.get("/api/v1/auth/me")).path("tenant_id").asString()).isEqualTo(a.id);
        assertThat(json(b.admin.get("/api/v1/users")).toString()).doesNotContain(username);
        String userId = json(created).path("id").asString();
        assertProblem(b.admin.send("DELETE", "/api/v1/users/" + userId, null, null), 404);
        assertThat(a.admin.send("DELETE", "/api/v1/users/" + userId, null, null).statusCode()).isEqualTo(204);
    }

    @Test
    void aV2TenantSeesItsFactusDocumentQuota() {
        Onboarded v2 = sandboxTenant("Tienda Q " + UUID.randomUUID());
        assertThat(platform.send("PATCH", "/api/v1/tenants/" + v2.id, "{\"api_version\":\"v2\"}", JSON).statusCode())
                .isEqualTo(200);
        emulator.call("PUT", "/__emulator/accounts/" + account(v2.name).id() + "/subscription",
                "{\"documents\":10,\"expires_on\":\"2027-01-31\"}");
        HttpResponse<String> issued = v2.pos.postJson("/api/v1/invoices",
                DocumentFixture.INVOICE.body("Q-" + UUID.randomUUID(), null));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        assertThat(account(v2.name).counters().requests()).containsEntry("POST /v2/bills/validate", 1L);

        JsonNode status = json(v2.pos.get("/api/v1/tenant"));
        assertThat(status.path("id").asString()).isEqualTo(v2.id);
        assertThat(status.path("api_version").asString()).isEqualTo("v2");
        assertThat(status.path("quota").path("documents_used").asLong()).isEqualTo(1);
        assertThat(status.path("quota").path("documents_remaining").asLong()).isEqualTo(9);
        assertThat(status.path("quota").path("expires_on").asString()).isEqualTo("2027-01-31");

        // Company, numbering ranges and RADIAN events of a v2 tenant travel through Factus's /v2 routes too.
        assertThat(v2.pos.get("/api/v1/invoices/" + json(issued).path("number").asString() + "/events").statusCode())
                .isEqualTo(200);
        assertThat(account(v2.name).counters().requests()).containsKey("GET /v2/bills/{number}/radian/events");
        assertThat(v2.pos.get("/api/v1/company").statusCode()).isEqualTo(200);
        assertThat(v2.pos.get("/api/v1/numbering-ranges").body()).contains("SETP");
        // DIAN's authorized ranges come from /v2/numbering-ranges/dian; the lookups from the tables v2 publishes.
        HttpResponse<String> software = v2.pos.get("/api/v1/numbering-ranges/software");
        assertThat(software.statusCode()).as(software.body()).isEqualTo(200);
        assertThat(json(software).size()).isPositive();
        assertThat(json(v2.pos.get("/api/v1/lookups/municipalities")).size()).isEqualTo(1122);
        assertThat(account(v2.name).counters().requests()).containsKeys("GET /v2/companies", "GET /v2/numbering-ranges",
                        "GET /v2/numbering-ranges/dian")
                .doesNotContainKeys("GET /v1/company", "GET /v1/numbering-ranges", "GET /v1/numbering-ranges/dian",
                        "GET /v1/municipalities");

        // v2 can switch a range off and on (toggle-status); asking for the state it is in changes nothing.
        HttpResponse<String> range = v2.admin.postJson("/api/v1/numbering-ranges",
                "{\"document\":\"credit_note\",\"prefix\":\"NCQ\",\"current\":1}");
        assertThat(range.statusCode()).as(range.body()).isEqualTo(201);
        String rangeUrl = "/api/v1/numbering-ranges/" + json(range).path("id").asLong();
        for (boolean active : new boolean[] {false, false, true}) {
            HttpResponse<String> switched = v2.admin.send("PATCH", rangeUrl, "{\"active\":" + active + "}", JSON);
            assertThat(switched.statusCode()).as(switched.body()).isEqualTo(200);
            assertThat(json(switched).path("is_active").asBoolean()).isEqualTo(active);
            assertThat(json(v2.pos.get(rangeUrl)).path("is_active").asBoolean()).isEqualTo(active);
        }
        assertThat(account(v2.name).counters().requests())
                .containsEntry("PATCH /v2/numbering-ranges/{id}/toggle-status", 2L);

        Onboarded v1 = sandboxTenant("Tienda R " + UUID.randomUUID());
        assertThat(json(v1.pos.get("/api/v1/tenant")).has("quota")).isFalse();
    }

    @Test
    void liveOnboardingChecksTheCredentialsWithFactusFirst() {
        EmulatorCredentials real = factus.emulator().defaultAccount().credentials();
        int before = json(platform.get("/api/v1/tenants")).size();

        HttpResponse<String> refused = platform.send("POST", "/api/v1/tenants", live("Refused " + UUID.randomUUID(),
                nit(800_000_001L), real.clientId(), real.clientSecret(), real.username(), "wrong-password"), JSON);
        assertProblem(refused, 422);
        assertThat(refused.body()).contains("invalid_grant").doesNotContain("wrong-password");
        assertThat(json(platform.get("/api/v1/tenants")).size()).isEqualTo(before);

        String secret = real.clientSecret();
        HttpResponse<String> created = platform.send("POST", "/api/v1/tenants", live("Live " + UUID.randomUUID(),
                nit(800_000_002L), real.clientId(), secret, real.username(), real.password()), JSON);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(secret).doesNotContain(real.password());
        assertThat(json(created).path("factus").path("client_id").asString()).isEqualTo(real.clientId());

        assertThat(SecretSearch.columnsHolding(jdbc, secret)).isEmpty();
        assertThat(SecretSearch.columnsHolding(jdbc, real.password())).isEmpty();
    }

    @Test
    void badOnboardingInputIsNamed() {
        String name = "Tienda D " + UUID.randomUUID();
        String nit = nit(811_000_001L);
        assertThat(platform.send("POST", "/api/v1/tenants", sandbox(name, nit), JSON).statusCode()).isEqualTo(201);

        assertThat(platform.send("POST", "/api/v1/tenants", sandbox(name, nit(811_000_002L)), JSON).statusCode())
                .isEqualTo(409);
        assertThat(platform.send("POST", "/api/v1/tenants", sandbox("Other " + UUID.randomUUID(), nit), JSON)
                .statusCode()).isEqualTo(409);
        String wrongDigit = nit.substring(0, nit.length() - 1) + ((nit.charAt(nit.length() - 1) - '0' + 1) % 10);
        HttpResponse<String> badNit = platform.send("POST", "/api/v1/tenants",
                sandbox("Other " + UUID.randomUUID(), wrongDigit), JSON);
        assertProblem(badNit, 422);
        assertThat(json(badNit).path("errors").get(0).path("field").asString()).isEqualTo("nit");
        assertProblem(platform.send("POST", "/api/v1/tenants", "{\"name\":\"x\",\"nit\":\"" + nit(811_000_003L)
                + "\"}", JSON), 422);
    }

    @Test
    void aSuspendedTenantKeepsItsDocumentsButItsKeysStop() {
        Onboarded a = sandboxTenant("Tienda P " + UUID.randomUUID());
        assertThat(a.pos.postJson("/api/v1/invoices", DocumentFixture.INVOICE.body("P-" + UUID.randomUUID(), null))
                .statusCode()).isEqualTo(201);

        assertThat(platform.send("PATCH", "/api/v1/tenants/" + a.id, "{\"status\":\"suspended\"}", JSON).statusCode())
                .isEqualTo(200);
        assertProblem(a.pos.get("/api/v1/invoices"), 403);
        assertThat(platform.get("/api/v1/invoices", "Factus-Tenant", a.id).statusCode()).isEqualTo(200);
        assertProblem(platform.send("DELETE", "/api/v1/tenants/" + a.id, null, null), 409);

        assertThat(platform.send("PATCH", "/api/v1/tenants/" + a.id, "{\"status\":\"active\"}", JSON).statusCode())
                .isEqualTo(200);
        assertThat(a.pos.get("/api/v1/invoices").statusCode()).isEqualTo(200);

        Onboarded unused = sandboxTenant("Tienda U " + UUID.randomUUID());
        assertThat(platform.send("DELETE", "/api/v1/tenants/" + unused.id, null, null).statusCode()).isEqualTo(204);
        assertProblem(unused.pos.get("/api/v1/invoices"), 401);
    }

    @Test
    void aTenantSwitchesItsFactusApiVersionAndKeepsItsDocuments() {
        Onboarded a = sandboxTenant("Tienda V " + UUID.randomUUID());
        String reference = "V-" + UUID.randomUUID();
        assertThat(a.pos.postJson("/api/v1/invoices", DocumentFixture.INVOICE.body(reference, null)).statusCode())
                .isEqualTo(201);

        HttpResponse<String> switched = platform.send("PATCH", "/api/v1/tenants/" + a.id, "{\"api_version\":\"v2\"}",
                JSON);
        assertThat(switched.statusCode()).as(switched.body()).isEqualTo(200);
        assertThat(json(switched).path("api_version").asString()).isEqualTo("v2");
        assertThat(a.pos.get("/api/v1/invoices").body()).contains(reference);
        assertProblem(platform.send("PATCH", "/api/v1/tenants/" + a.id, "{\"api_version\":\"v3\"}", JSON), 422);

        HttpResponse<String> back = platform.send("PATCH", "/api/v1/tenants/" + a.id, "{\"api_version\":\"v1\"}", JSON);
        assertThat(json(back).path("api_version").asString()).isEqualTo("v1");
        assertThat(a.pos.postJson("/api/v1/invoices", DocumentFixture.INVOICE.body("V-" + UUID.randomUUID(), null))
                .statusCode()).isEqualTo(201);
        HttpResponse<String> v2 = platform.send("POST", "/api/v1/tenants", "{\"name\":\"Tienda W " + UUID.randomUUID()
                + "\",\"nit\":\"" + nit(811_000_004L) + "\",\"sandbox\":true,\"api_version\":\"v2\"}", JSON);
        assertThat(v2.statusCode()).as(v2.body()).isEqualTo(201);
        assertThat(json(v2).path("api_version").asString()).isEqualTo("v2");
    }

    @Test
    void sandboxSecretsAreSealedAndSurviveAVaultRotation() {
        Onboarded a = sandboxTenant("Tienda V " + UUID.randomUUID());
        EmulatorAccount account = account(a.name);

        assertThat(SecretSearch.columnsHolding(jdbc, account.credentials().clientSecret())).isEmpty();
        assertThat(SecretSearch.columnsHolding(jdbc, account.credentials().password())).isEmpty();

        HttpResponse<String> rotated = platform.postJson("/api/v1/admin/vault/rotate", "");
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        assertThat(a.pos.postJson("/api/v1/invoices", DocumentFixture.INVOICE.body("V-" + UUID.randomUUID(), null))
                .statusCode()).isEqualTo(201);
    }

    private record Onboarded(String id, String name, ApiClient admin, ApiClient pos) {
    }

    private Onboarded sandboxTenant(String name) {
        HttpResponse<String> created = platform.send("POST", "/api/v1/tenants",
                sandbox(name, nit(900_000_000L + Math.floorMod(name.hashCode(), 99_999_999))), JSON);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).path("id").asString();
        String adminKey = json(platform.send("POST", "/api/v1/api-keys",
                "{\"name\":\"admin\",\"scopes\":[\"tenant:manage\",\"documents:issue\",\"documents:read\"]}", JSON,
                "Factus-Tenant", id)).path("key").asString();
        String posKey = json(platform.send("POST", "/api/v1/api-keys", "{\"name\":\"pos\"}", JSON, "Factus-Tenant", id))
                .path("key").asString();
        return new Onboarded(id, name, api.withKey(adminKey), api.withKey(posKey));
    }

    private EmulatorAccount account(String name) {
        return factus.emulator().accounts().stream().filter(account -> account.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private String emulatorBills(String tenantName) {
        return emulator.call("GET", "/__emulator/bills?account=" + account(tenantName).id(), null);
    }

    private static String nit(long number) {
        String digits = Long.toString(number);
        return digits + "-" + NitCheckDigit.of(digits);
    }

    private static String sandbox(String name, String nit) {
        return "{\"name\":\"" + name + "\",\"nit\":\"" + nit + "\",\"sandbox\":true}";
    }

    private String live(String name, String nit, String clientId, String secret, String username, String password) {
        return "{\"name\":\"" + name + "\",\"nit\":\"" + nit + "\",\"factus\":{\"base_url\":\""
                + factus.emulator().baseUrl() + "\",\"client_id\":\"" + clientId + "\",\"client_secret\":\"" + secret
                + "\",\"username\":\"" + username + "\",\"password\":\"" + password + "\"}}";
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.path("type").asString()).isNotBlank();
    }
}
