package co.factusapi.emulator.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.emulator.EmulatorAccount;
import co.factusapi.emulator.EmulatorCredentials;
import co.factusapi.emulator.EmulatorTestSupport;
import co.factusapi.emulator.http.Json;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /v2/subscriptions} (v2 contract §10.3): per account quota, consumption of every family, expiry, 402. */
class SubscriptionsTest extends EmulatorTestSupport {

    @Test
    void theSeedIsUnlimitedForAYearAndCountsEveryFamilyOfBothVersions() {
        JsonNode bill = validated(bill("FAC-1")).get("bill");
        post("/v1/credit-notes/validate", Json.obj("numbering_range_id", 9, "correction_concept_code", 2,
                "customization_id", 20, "bill_id", bill.get("id").asLong(), "reference_code", "NC-1",
                "payment_method_code", "10", "items", List.of(Json.obj("code_reference", "1", "name", "x",
                        "quantity", 1, "discount_rate", 0, "price", 11900, "tax_rate", "19.00",
                        "unit_measure_id", 70, "standard_code_id", 1, "is_excluded", 0, "tribute_id", 1))));
        post("/v1/support-documents/validate", supportDocument("DS-1"));
        post("/v2/debit-notes/validate", Json.obj("reference_code", "ND-1", "correction_concept_code", "1",
                "bill_number", bill.get("number").asString(), "numbering_range_id", 6,
                "payment_details", List.of(Json.obj("payment_form", "1", "payment_method_code", "10",
                        "amount", "1190.00")),
                "items", List.of(Json.obj("code_reference", "I", "name", "Intereses", "quantity", "1.00",
                        "price", "1000.00", "unit_measure_code", "94", "standard_code", "999",
                        "taxes", List.of(Json.obj("code", "01", "rate", "19.00"))))));

        Reply reply = get("/v2/subscriptions");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("status").asString()).isEqualTo("OK");
        assertThat(reply.body().get("message").asString()).isEqualTo("Solicitud exitosa");
        JsonNode entry = reply.body().get("data").get(0);
        assertThat(entry.get("name").asString()).isEqualTo("Facturación");
        assertThat(entry.get("supported_document_types").size()).isEqualTo(5);
        assertThat(entry.get("has_unlimited_quota").asBoolean()).isTrue();
        assertThat(entry.get("documents_quota").asInt()).isZero();
        assertThat(entry.get("documents_available").asString()).isEqualTo("Ilimitado");
        assertThat(entry.get("documents_consumed").asInt()).isEqualTo(4);
        assertThat(entry.get("days_until_expiration").asInt()).isBetween(365, 366);
        LocalDate today = LocalDate.now(ZoneId.of("America/Bogota"));
        assertThat(entry.get("activated_at").asString()).isEqualTo(today + "T00:00:00Z");
        assertThat(entry.get("expires_at").asString()).isEqualTo(today.plusYears(1) + "T00:00:00Z");
        assertThat(entry.get("has_expired").asBoolean()).isFalse();
        assertThat(entry.get("is_active").asBoolean()).isTrue();
    }

    @Test
    void theControlPlaneSetsAQuotaThatEndsInA402AndDeletesDoNotGiveItBack() {
        Reply set = control("PUT", "subscription", Json.obj("documents", 2, "expires_on", "2099-01-31"));
        validated(bill("FAC-1"));
        control("POST", "dian/reject", Json.obj());
        Reply rejected = validate(bill("FAC-2"));
        delete("/v1/bills/destroy/reference/FAC-2");

        Reply refused = validate(bill("FAC-3"));
        JsonNode entry = get("/v2/subscriptions").body().get("data").get(0);
        Reply resend = validate(bill("FAC-1"));

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body().get("documents_quota").asInt()).isEqualTo(2);
        assertThat(set.body().get("expires_at").asString()).isEqualTo("2099-01-31T00:00:00Z");
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(refused.status()).isEqualTo(402);
        assertThat(refused.body().get("status").asString()).isEqualTo("Payment Required");
        assertThat(refused.body().get("message").asString()).contains("2 documentos");
        assertThat(entry.get("documents_consumed").asInt()).isEqualTo(2);
        assertThat(entry.get("documents_available").asInt()).isZero();
        assertThat(entry.get("has_unlimited_quota").asBoolean()).isFalse();
        assertThat(resend.status()).as("a stored reference is not a new document").isNotEqualTo(402);
        // Unlimited again, and an expired subscription refuses v2 creates too.
        control("PUT", "subscription", Json.obj("documents", null, "expires_on", "2020-01-31",
                "activated_on", "2019-02-01"));
        JsonNode expired = get("/v2/subscriptions").body().get("data").get(0);
        Reply afterExpiry = post("/v2/credit-notes/validate", Json.obj());
        assertThat(expired.get("has_expired").asBoolean()).isTrue();
        assertThat(expired.get("is_active").asBoolean()).isFalse();
        assertThat(expired.get("days_until_expiration").asInt()).isZero();
        assertThat(expired.get("activated_at").asString()).isEqualTo("2019-02-01T00:00:00Z");
        assertThat(afterExpiry.status()).isEqualTo(422);
        assertThat(validate(bill("FAC-4")).status()).isEqualTo(402);
        assertThat(control("PUT", "subscription", Json.obj("documents", -1)).status()).isEqualTo(400);
        assertThat(control("PUT", "subscription", Json.obj("expires_on", "31-01-2027")).status()).isEqualTo(400);
    }

    @Test
    void eachAccountHasItsOwnSubscription() {
        EmulatorAccount other = emulator.createAccount("Otra");
        Reply set = control("PUT", "accounts/" + other.id() + "/subscription",
                Json.obj("documents", 100, "expires_on", "2027-01-31"));
        Reply byQuery = control("PUT", "subscription?account=" + other.id(), Json.obj("documents", 50));
        validated(bill("FAC-DEFAULT"));

        token = tokenOf(other.credentials());
        JsonNode entry = get("/v2/subscriptions").body().get("data").get(0);

        assertThat(set.body().get("documents_quota").asInt()).isEqualTo(100);
        assertThat(byQuery.body().get("documents_quota").asInt()).isEqualTo(50);
        assertThat(byQuery.body().get("expires_at").asString()).isEqualTo("2027-01-31T00:00:00Z");
        assertThat(entry.get("documents_quota").asInt()).isEqualTo(50);
        assertThat(entry.get("documents_consumed").asInt()).isZero();
        assertThat(entry.get("documents_available").asInt()).isEqualTo(50);
        assertThat(control("PUT", "accounts/nope/subscription", Json.obj()).status()).isEqualTo(404);
        assertThat(control("GET", "counters?account=" + other.id(), null).body().get("requests")
                .get("GET /v2/subscriptions").asInt()).isEqualTo(1);
    }

    private String tokenOf(EmulatorCredentials c) {
        return form(Map.of("grant_type", "password", "client_id", c.clientId(), "client_secret", c.clientSecret(),
                "username", c.username(), "password", c.password())).body().get("access_token").asString();
    }
}
