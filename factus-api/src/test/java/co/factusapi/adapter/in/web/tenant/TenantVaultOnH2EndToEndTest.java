package co.factusapi.adapter.in.web.tenant;

import static co.factusapi.testsupport.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.domain.party.NitCheckDigit;
import co.factusapi.emulator.EmulatorAccount;
import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.DocumentFixture;
import co.factusapi.testsupport.SecretSearch;
import co.factusapi.testsupport.EndToEndTest;
import co.factusapi.testsupport.WebhookReceiver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The vault on the embedded database (H2), with a key file as on a single-host deployment: no stored value holds a
 * tenant's secret in plain text, and a key rotation appends a new key, re-seals every secret under it, and the
 * tenants keep issuing with the re-sealed credentials.
 */
class TenantVaultOnH2EndToEndTest extends EndToEndTest {
    private static final Path KEY_FILE = keyFile();

    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void keyFileInsteadOfTheTestKey(DynamicPropertyRegistry registry) {
        registry.add("factus-api.vault.master-key", () -> "");
        registry.add("factus-api.vault.key-file", KEY_FILE::toString);
    }

    @Test
    void noSecretIsStoredInPlainTextAndARotationReSealsThemAll() throws Exception {
        ApiClient platform = api.asAdmin();
        EmulatorAccount account = factus.emulator().createAccount("vault-live", 0);
        String live = onboard(platform, "{\"name\":\"Vault live " + UUID.randomUUID() + "\",\"nit\":\"" + nit()
                + "\",\"factus\":{\"base_url\":\"" + factus.emulator().baseUrl() + "\",\"client_id\":\""
                + account.credentials().clientId() + "\",\"client_secret\":\"" + account.credentials().clientSecret()
                + "\",\"username\":\"" + account.credentials().username() + "\",\"password\":\""
                + account.credentials().password() + "\"}}");
        String sandboxName = "Vault sandbox " + UUID.randomUUID();
        String sandbox = onboard(platform, "{\"name\":\"" + sandboxName + "\",\"nit\":\"" + nit()
                + "\",\"sandbox\":true}");
        EmulatorAccount sandboxAccount = factus.emulator().accounts().stream()
                .filter(candidate -> candidate.name().equals(sandboxName)).findFirst().orElseThrow();

        for (String secret : List.of(account.credentials().clientSecret(), account.credentials().password(),
                sandboxAccount.credentials().clientSecret(), sandboxAccount.credentials().password())) {
            assertThat(SecretSearch.columnsHolding(jdbc, secret)).as("columns holding a secret").isEmpty();
        }
        WebhookReceiver receiver = new WebhookReceiver();
        HttpResponse<String> webhook = platform.send("POST", "/api/v1/webhook-endpoints", "{\"url\":\""
                + receiver.url("/hooks") + "\",\"event_types\":[\"document.issued\"]}", "application/json",
                "Factus-Tenant", sandbox);
        assertThat(webhook.statusCode()).as(webhook.body()).isEqualTo(201);
        String webhookSecret = json(webhook).path("secret").asString();
        String keyBefore = storedKeyIds().getFirst();

        HttpResponse<String> rotated = platform.postJson("/api/v1/admin/vault/rotate", "");
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        String keyAfter = json(rotated).path("current_key_id").asString();
        assertThat(keyAfter).isNotEqualTo(keyBefore);
        assertThat(json(rotated).path("resealed_tenants").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(storedKeyIds()).containsOnly(keyAfter);
        assertThat(Files.readAllLines(KEY_FILE)).hasSize(2);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(KEY_FILE))).isEqualTo("rw-------");

        for (String tenant : List.of(live, sandbox)) {
            // Suspending and resuming drops the tenant's adapter: the next call opens the re-sealed secrets.
            platform.send("PATCH", "/api/v1/tenants/" + tenant, "{\"status\":\"suspended\"}", "application/json");
            platform.send("PATCH", "/api/v1/tenants/" + tenant, "{\"status\":\"active\"}", "application/json");
            HttpResponse<String> issued = platform.send("POST", "/api/v1/invoices",
                    DocumentFixture.INVOICE.body("VAULT-" + UUID.randomUUID(), null), "application/json",
                    "Factus-Tenant", tenant);
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        }
        // The webhook secret was re-sealed too, and still signs.
        for (int i = 0; i < 100 && receiver.received().isEmpty(); i++) {
            Thread.sleep(100);
        }
        receiver.close();
        assertThat(receiver.received()).isNotEmpty();
        new com.standardwebhooks.Webhook(webhookSecret).verify(receiver.received().getFirst().body(),
                receiver.received().getFirst().headers());
    }

    private static String onboard(ApiClient platform, String body) {
        HttpResponse<String> created = platform.send("POST", "/api/v1/tenants", body, "application/json");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).path("id").asString();
    }

    private List<String> storedKeyIds() {
        return jdbc.sql("SELECT client_secret FROM tenants WHERE client_secret IS NOT NULL UNION "
                        + "SELECT password FROM tenants WHERE password IS NOT NULL UNION "
                        + "SELECT secret FROM webhook_endpoints")
                .query(String.class).list().stream().map(stored -> stored.substring(0, stored.indexOf(':')))
                .distinct().toList();
    }

    private static String nit() {
        String digits = Long.toString(500_000_000L + new SecureRandom().nextInt(99_999_999));
        return digits + "-" + NitCheckDigit.of(digits);
    }

    /** An owner-only key file with one key, as an operator would write it. */
    private static Path keyFile() {
        try {
            Path file = Files.createTempFile("factus-vault-", ".keys",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
