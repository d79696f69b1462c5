package co.factusapi.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.adapter.out.persistence.JdbcWebhookEndpoints;
import co.factusapi.adapter.out.persistence.JdbcWebhookOutbox;
import co.factusapi.application.port.out.SecretVault;
import co.factusapi.application.port.out.WebhookSender;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.vault.SealedSecret;
import co.factusapi.domain.webhook.DeliveryAttempt;
import co.factusapi.domain.webhook.RetrySchedule;
import co.factusapi.domain.webhook.WebhookEndpoint;
import co.factusapi.domain.webhook.WebhookEvent;
import co.factusapi.testsupport.InMemoryAuditLog;
import co.factusapi.testsupport.MigratedDatabase;
import co.factusapi.testsupport.MutableClock;
import co.factusapi.testsupport.TestTenants;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dispatcher against a receiver that never answers 2xx, on a clock moved by hand: the event is retried for the
 * whole window under one webhook-id, then counts as failed, and the endpoint is disabled (and audited) after failing
 * for {@code disableAfter}.
 */
class WebhookDispatcherTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final List<Map<String, String>> sent = new CopyOnWriteArrayList<>();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();

    @Test
    void aReceiverThatOnlyFailsIsRetriedForTheWindowThenItsEndpointIsDisabled() {
        DataSource dataSource = MigratedDatabase.h2();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        JdbcWebhookOutbox outbox = new JdbcWebhookOutbox(jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        JdbcWebhookEndpoints endpoints = new JdbcWebhookEndpoints(jdbc);
        SecretVault vault = new FakeVault();
        AuditTrail audit = new AuditTrail(auditLog, clock);
        UUID tenant = TestTenants.create(jdbc);
        WebhookEndpointService endpointService = new WebhookEndpointService(endpoints, url -> { }, vault, clock,
                Duration.ofHours(24), audit);
        WebhookEndpoint endpoint = ActingTenant.call(tenant, () -> endpointService.create(
                "https://hooks.tienda.co/factus", null, List.of("document.issued"), "user:alice").endpoint());
        WebhookSender alwaysDown = (URI url, Map<String, String> headers, String body) -> {
            sent.add(headers);
            return new DeliveryAttempt(clock.instant(), 503, 3, "down", null);
        };
        WebhookDispatcher dispatcher = new WebhookDispatcher(
                new WebhookDispatcher.Ports(outbox, endpoints, vault, url -> { }, alwaysDown, audit),
                new WebhookDispatcher.Settings("instance-a", Duration.ofSeconds(50), 10, 4,
                        new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofHours(6)), Duration.ofDays(3)),
                        Duration.ofDays(3)),
                clock, new SplittableRandom(3));
        WebhookEvent event = new WebhookEvent(UUID.randomUUID(), tenant,
                co.factusapi.domain.webhook.WebhookEventType.DOCUMENT_ISSUED, UUID.randomUUID(), T0, "{\"a\":1}");
        outbox.append(event, List.of(endpoint.id()));

        for (int hour = 0; hour < 80; hour++) {
            dispatcher.dispatch();
            clock.advance(Duration.ofHours(1));
        }

        assertThat(sent.size()).as("attempts over three days").isGreaterThan(10);
        assertThat(sent).allSatisfy(headers -> assertThat(headers.get("webhook-id")).isEqualTo(event.id().toString()));
        assertThat(jdbc.sql("SELECT status FROM webhook_deliveries").query(String.class).single()).isEqualTo("FAILED");
        WebhookEndpoint disabled = endpoints.find(tenant, endpoint.id()).orElseThrow();
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.disabledReason()).startsWith("disabled by the service: every delivery failed since");
        assertThat(auditLog.all()).anySatisfy(entry -> assertThat(entry.action()).isEqualTo("webhook-endpoint.disable"));
    }

    /** Seals to random ciphertexts it remembers: enough for the dispatcher, which only opens what was sealed. */
    private static final class FakeVault implements SecretVault {
        private final Map<String, String> sealed = new ConcurrentHashMap<>();
        private final SplittableRandom random = new SplittableRandom(1);

        @Override
        public SealedSecret seal(String plaintext) {
            return seal(plaintext, "");
        }

        @Override
        public SealedSecret seal(String plaintext, String context) {
            byte[] bytes = new byte[40];
            random.nextBytes(bytes);
            String ciphertext = Base64.getEncoder().encodeToString(bytes);
            sealed.put(ciphertext + context, plaintext);
            return new SealedSecret("k1", ciphertext);
        }

        @Override
        public String open(SealedSecret secret) {
            return open(secret, "");
        }

        @Override
        public String open(SealedSecret secret, String context) {
            return sealed.get(secret.ciphertext() + context);
        }

        @Override
        public String currentKeyId() {
            return "k1";
        }

        @Override
        public boolean canOpen(String keyId) {
            return "k1".equals(keyId);
        }
    }
}
