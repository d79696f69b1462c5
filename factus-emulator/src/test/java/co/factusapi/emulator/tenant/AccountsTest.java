package co.factusapi.emulator.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.emulator.EmulatorAccount;
import co.factusapi.emulator.EmulatorCredentials;
import co.factusapi.emulator.EmulatorTestSupport;
import co.factusapi.emulator.http.Json;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Several Factus accounts in one emulator: credentials, documents, numbering, tokens and control plane apart. */
class AccountsTest extends EmulatorTestSupport {

    @Test
    void controlPlaneCreatesAnAccountWithItsOwnCredentials() {
        Reply created = control("POST", "accounts", Json.obj("name", "Tienda A", "rate_limit_per_minute", 30));

        assertThat(created.status()).isEqualTo(201);
        JsonNode account = created.body();
        assertThat(account.get("id").asString()).isNotBlank().isNotEqualTo("default");
        assertThat(account.get("name").asString()).isEqualTo("Tienda A");
        assertThat(account.get("rate_limit_per_minute").asInt()).isEqualTo(30);
        assertThat(account.get("client_secret").asString()).isNotEqualTo(emulator.credentials().clientSecret());
        assertThat(tokenOf(credentialsOf(account))).isNotBlank();
    }

    @Test
    void listingShowsEveryAccountWithoutSecrets() {
        String id = control("POST", "accounts", null).body().get("id").asString();

        JsonNode accounts = control("GET", "accounts", null).body();

        assertThat(accounts.findValuesAsString("id")).containsExactly("default", id);
        assertThat(accounts.get(0).get("client_id").asString()).isEqualTo(emulator.credentials().clientId());
        assertThat(accounts.get(0).get("rate_limit_per_minute").asInt()).isZero();
        assertThat(accounts.findValues("client_secret")).isEmpty();
        assertThat(accounts.findValues("password")).isEmpty();
    }

    @Test
    void documentsAndNumberingBelongToTheirAccount() {
        String a = tokenOf(emulator.createAccount("A").credentials());
        String b = tokenOf(emulator.createAccount("B").credentials());

        JsonNode firstOfA = issue(a, "A-1");
        JsonNode secondOfA = issue(a, "A-2");
        JsonNode firstOfB = issue(b, "B-1");

        assertThat(firstOfA.get("number").asString()).isEqualTo("SETP990000001");
        assertThat(secondOfA.get("number").asString()).isEqualTo("SETP990000002");
        assertThat(firstOfB.get("number").asString()).isEqualTo("SETP990000001");
        assertThat(as(b, "GET", "/v1/bills/show/SETP990000002", null).status()).isEqualTo(404);
        assertThat(as(b, "GET", "/v1/bills", null).body().get("data").findValuesAsString("reference_code"))
                .containsExactly("B-1");
        assertThat(as(a, "GET", "/v1/bills", null).body().get("data").findValuesAsString("reference_code"))
                .containsExactlyInAnyOrder("A-1", "A-2");
        assertThat(control("GET", "bills", null).body()).isEmpty();
    }

    @Test
    void companyAndRangesAreSeededPerAccountLikeTheDefault() {
        String a = tokenOf(emulator.createAccount("A").credentials());
        as(a, "PUT", "/v1/company", Json.obj("trade_name", "Solo A"));

        assertThat(as(a, "GET", "/v1/company", null).body().get("data").get("trade_name").asString())
                .isEqualTo("Solo A");
        assertThat(get("/v1/company").body().get("data").get("trade_name").asString()).isNotEqualTo("Solo A");
        assertThat(as(a, "GET", "/v1/numbering-ranges", null).body().get("data").get("data")
                .findValuesAsString("prefix")).isEqualTo(get("/v1/numbering-ranges").body().get("data").get("data")
                .findValuesAsString("prefix"));
    }

    @Test
    void tokensWorkOnlyForTheirAccount() {
        EmulatorAccount a = emulator.createAccount("A");
        EmulatorAccount b = emulator.createAccount("B");
        String tokenA = tokenOf(a.credentials());
        String tokenB = tokenOf(b.credentials());

        control("POST", "tokens/expire?account=" + a.id(), null);

        assertThat(as(tokenA, "GET", "/v1/bills", null).status()).isEqualTo(401);
        assertThat(as(tokenA, "GET", "/v1/bills", null).body().get("message").asString()).isEqualTo("Unauthenticated.");
        assertThat(as(tokenB, "GET", "/v1/bills", null).status()).isEqualTo(200);
        assertThat(get("/v1/bills").status()).isEqualTo(200);
    }

    @Test
    void credentialsOfTwoAccountsDoNotMix() {
        EmulatorCredentials a = emulator.createAccount("A").credentials();
        EmulatorCredentials b = emulator.createAccount("B").credentials();

        Reply mixedUser = form(Map.of("grant_type", "password", "client_id", a.clientId(),
                "client_secret", a.clientSecret(), "username", b.username(), "password", b.password()));
        Reply mixedClient = form(Map.of("grant_type", "password", "client_id", a.clientId(),
                "client_secret", b.clientSecret(), "username", a.username(), "password", a.password()));

        assertThat(mixedUser.status()).isEqualTo(400);
        assertThat(mixedUser.body().get("error").asString()).isEqualTo("invalid_grant");
        assertThat(mixedClient.status()).isEqualTo(401);
        assertThat(mixedClient.body().get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void controlPlaneAddressesOneAccountWithTheAccountParameter() {
        EmulatorAccount a = emulator.createAccount("A");
        String tokenA = tokenOf(a.credentials());
        control("POST", "dian/reject?account=" + a.id(), Json.obj("count", 1));

        assertThat(validate(bill("DEFAULT")).status()).isEqualTo(201);
        assertThat(as(tokenA, "POST", "/v1/bills/validate", bill("A")).status()).isEqualTo(422);
        assertThat(control("GET", "bills?account=" + a.id(), null).body().findValuesAsString("reference_code"))
                .containsExactly("A");
        assertThat(control("POST", "bills/SETP990000001/events?account=" + a.id(), Json.obj()).status())
                .isEqualTo(201);
        assertThat(control("GET", "counters?account=" + a.id(), null).body().get("tokens_issued").asLong())
                .isEqualTo(1);
        assertThat(control("GET", "counters?account=" + a.id(), null).body().get("account").asString())
                .isEqualTo(a.id());
        assertThat(control("GET", "outbox?account=nobody", null).status()).isEqualTo(404);
    }

    @Test
    void countersForAllAccountsArePerAccount() {
        EmulatorAccount a = emulator.createAccount("A");
        issue(tokenOf(a.credentials()), "A-1");

        JsonNode all = control("GET", "counters?account=all", null).body();

        assertThat(all.get("accounts").get(a.id()).get("invoices_created").asLong()).isEqualTo(1);
        assertThat(all.get("accounts").get("default").get("invoices_created").asLong()).isZero();
        assertThat(a.counters().invoicesCreated()).isEqualTo(1);
        assertThat(emulator.counters().invoicesCreated()).isZero();
    }

    @Test
    void resetOfOneAccountKeepsTheOthersAndResetOfAllKeepsAFreshDefault() {
        EmulatorAccount a = emulator.createAccount("A");
        String tokenA = tokenOf(a.credentials());
        issue(tokenA, "A-1");
        validated(bill("DEFAULT"));

        control("POST", "reset?account=" + a.id(), null);

        assertThat(control("GET", "bills?account=" + a.id(), null).body()).isEmpty();
        assertThat(control("GET", "bills", null).body()).hasSize(1);
        assertThat(as(tokenA, "GET", "/v1/bills", null).status()).isEqualTo(401);
        assertThat(tokenOf(a.credentials())).isNotBlank();

        control("POST", "reset", null);

        assertThat(control("GET", "accounts", null).body().findValuesAsString("id")).containsExactly("default");
        assertThat(control("GET", "bills", null).body()).isEmpty();
        assertThatThrownBy(() -> emulator.account(a.id())).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void javaApiFindsAccountsById() {
        EmulatorAccount a = emulator.createAccount("A", 7);

        assertThat(emulator.account(a.id()).credentials()).isEqualTo(a.credentials());
        assertThat(emulator.account(a.id()).rateLimitPerMinute()).isEqualTo(7);
        assertThat(emulator.account("default").credentials()).isEqualTo(emulator.credentials());
        assertThat(emulator.defaultAccount().rateLimitPerMinute()).isZero();
        assertThat(emulator.accounts()).extracting(EmulatorAccount::id).containsExactly("default", a.id());
        assertThat(emulator.createAccount("B").rateLimitPerMinute()).isEqualTo(80);
    }

    private JsonNode issue(String bearer, String reference) {
        Reply reply = as(bearer, "POST", "/v1/bills/validate", bill(reference));
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
        return reply.body().get("data").get("bill");
    }

    private static EmulatorCredentials credentialsOf(JsonNode account) {
        return new EmulatorCredentials(account.get("client_id").asString(), account.get("client_secret").asString(),
                account.get("username").asString(), account.get("password").asString());
    }

    private String tokenOf(EmulatorCredentials c) {
        Reply reply = form(Map.of("grant_type", "password", "client_id", c.clientId(),
                "client_secret", c.clientSecret(), "username", c.username(), "password", c.password()));
        assertThat(reply.status()).isEqualTo(200);
        return reply.body().get("access_token").asString();
    }

    private static Reply as(String bearer, String method, String path, Object json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : jsonBody(json)));
    }
}
