package co.factusapi.adapter.out.persistence;

import co.factusapi.application.cache.ExpiringCache;
import co.factusapi.domain.webhook.WebhookEventType;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which enabled endpoints of a tenant take which event types: read on every ledger change, so kept for a short TTL.
 * The endpoint writers of this instance ({@link JdbcWebhookEndpoints}, {@link JdbcWebhookOutbox#disableEndpoint})
 * drop a tenant's entry at once; another instance's change is seen within the TTL, and a delivery to an endpoint
 * that meanwhile went away or was disabled is not queued ({@link JdbcWebhookOutbox}).
 */
public class WebhookSubscriptions {
    private final JdbcClient jdbc;
    private final ExpiringCache<UUID, List<Subscription>> byTenant;

    public WebhookSubscriptions(JdbcClient jdbc, Duration ttl, Clock clock) {
        this.jdbc = jdbc;
        this.byTenant = new ExpiringCache<>(ttl, clock);
    }

    /** Reads the database every time: for tests and tools that build the adapters by hand. */
    public static WebhookSubscriptions uncached(JdbcClient jdbc) {
        return new WebhookSubscriptions(jdbc, Duration.ZERO, Clock.systemUTC());
    }

    /** The tenant's enabled endpoints subscribed to {@code type}. */
    List<UUID> subscribers(UUID tenantId, WebhookEventType type) {
        return byTenant.get(tenantId, this::load).orElseThrow().stream()
                .filter(subscription -> subscription.types().contains(type.code()))
                .map(Subscription::endpointId).toList();
    }

    /** An endpoint of the tenant was added, changed, disabled or deleted here. */
    void changed(UUID tenantId) {
        byTenant.invalidate(tenantId);
    }

    private Optional<List<Subscription>> load(UUID tenantId) {
        return Optional.of(jdbc.sql("SELECT id, event_types FROM webhook_endpoints WHERE tenant_id = :tenant "
                        + "AND enabled")
                .param("tenant", tenantId)
                .query((row, n) -> new Subscription(row.getObject("id", UUID.class),
                        Set.copyOf(Arrays.asList(row.getString("event_types").split(" ")))))
                .list());
    }

    private record Subscription(UUID endpointId, Set<String> types) {
    }
}
