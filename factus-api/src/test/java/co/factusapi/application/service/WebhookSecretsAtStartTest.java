package co.factusapi.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import co.factusapi.adapter.out.persistence.JdbcWebhookEndpoints;
import co.factusapi.adapter.out.vault.AesGcmSecretVault;
import co.factusapi.adapter.out.vault.MasterKeyring;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.testsupport.InMemoryAuditLog;
import co.factusapi.testsupport.MigratedDatabase;
import co.factusapi.testsupport.MutableClock;
import co.factusapi.testsupport.TestTenants;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Webhook signing secrets are opened at start-up like the tenants' secrets: a wrong master key stops the start. */
class WebhookSecretsAtStartTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));

    @Test
    void aMasterKeyThatCannotOpenTheSigningSecretsStopsTheStartNamingTheEndpointNotTheSecret() {
        JdbcClient jdbc = JdbcClient.create(MigratedDatabase.h2());
        JdbcWebhookEndpoints endpoints = new JdbcWebhookEndpoints(jdbc);
        UUID tenant = TestTenants.create(jdbc);
        WebhookEndpointService sealedWithOne = service(endpoints, 1);
        var created = ActingTenant.call(tenant, () -> sealedWithOne.create("https://hooks.tienda.co/factus", null,
                List.of("document.issued"), "user:alice"));

        assertThatCode(sealedWithOne::requireReadableSecrets).doesNotThrowAnyException();
        IllegalStateException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                IllegalStateException.class, () -> service(endpoints, 2).requireReadableSecrets());
        assertThat(refused).hasMessageContaining(created.endpoint().id().toString())
                .hasMessageContaining("FACTUS_API_MASTER_KEY").hasMessageNotContaining(created.secret().value());
    }

    private WebhookEndpointService service(JdbcWebhookEndpoints endpoints, int keyFill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) keyFill);
        return new WebhookEndpointService(endpoints, url -> { }, new AesGcmSecretVault(MasterKeyring.of(key)), clock,
                Duration.ofHours(24), new AuditTrail(new InMemoryAuditLog(), clock));
    }
}
