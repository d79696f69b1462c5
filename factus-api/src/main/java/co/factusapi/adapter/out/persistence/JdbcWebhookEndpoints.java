package co.factusapi.adapter.out.persistence;

import co.factusapi.application.port.out.WebhookEndpointRepository;
import co.factusapi.domain.vault.SealedSecret;
import co.factusapi.domain.webhook.WebhookEndpoint;
import co.factusapi.domain.webhook.WebhookEventType;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Webhook endpoints in SQL; each call is one auto-committed statement. */
public class JdbcWebhookEndpoints implements WebhookEndpointRepository {
    static final String COLUMNS = "id, tenant_id, url, description, event_types, enabled, disabled_reason, "
            + "previous_secret_until, created_at, updated_at";

    private final JdbcClient jdbc;
    private final WebhookSubscriptions subscriptions;

    public JdbcWebhookEndpoints(JdbcClient jdbc, WebhookSubscriptions subscriptions) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
    }

    public JdbcWebhookEndpoints(JdbcClient jdbc) {
        this(jdbc, WebhookSubscriptions.uncached(jdbc));
    }

    @Override
    public void add(WebhookEndpoint endpoint, SealedSecret secret) {
        jdbc.sql("INSERT INTO webhook_endpoints (" + COLUMNS + ", secret) VALUES (:id, :tenant_id, :url, :description, "
                        + ":event_types, :enabled, :disabled_reason, :previous_secret_until, :created_at, :updated_at, "
                        + ":secret)")
                .params(params(endpoint)).param("secret", secret.stored()).update();
        subscriptions.changed(endpoint.tenantId());
    }

    @Override
    public Optional<WebhookEndpoint> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoints WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenantId).param("id", id).query(JdbcWebhookEndpoints::map).optional();
    }

    @Override
    public List<WebhookEndpoint> findAll(UUID tenantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoints WHERE tenant_id = :tenant ORDER BY created_at, id")
                .param("tenant", tenantId).query(JdbcWebhookEndpoints::map).list();
    }

    @Override
    public void update(WebhookEndpoint endpoint) {
        jdbc.sql("UPDATE webhook_endpoints SET url = :url, description = :description, event_types = :event_types, "
                        + "enabled = :enabled, disabled_reason = :disabled_reason, updated_at = :updated_at, "
                        // Switched on again by the tenant: its run of failures starts over.
                        + "failing_since = CASE WHEN :enabled THEN NULL ELSE failing_since END "
                        + "WHERE id = :id AND tenant_id = :tenant_id")
                .params(params(endpoint)).update();
        subscriptions.changed(endpoint.tenantId());
    }

    @Override
    public void replaceSecrets(WebhookEndpoint endpoint, SealedSecrets secrets) {
        jdbc.sql("UPDATE webhook_endpoints SET secret = :secret, previous_secret = :previous, "
                        + "previous_secret_until = :until, updated_at = :updated_at WHERE id = :id AND tenant_id = :tenant")
                .param("secret", secrets.current().stored())
                .param("previous", secrets.previous() == null ? null : secrets.previous().stored())
                .param("until", SqlTime.timestamp(secrets.previousUntil()))
                .param("updated_at", SqlTime.timestamp(endpoint.updatedAt()))
                .param("id", endpoint.id()).param("tenant", endpoint.tenantId())
                .update();
    }

    @Override
    public SealedSecrets secrets(UUID endpointId) {
        return jdbc.sql("SELECT secret, previous_secret, previous_secret_until FROM webhook_endpoints WHERE id = :id")
                .param("id", endpointId)
                .query((row, n) -> new SealedSecrets(SealedSecret.parse(row.getString("secret")),
                        row.getString("previous_secret") == null ? null
                                : SealedSecret.parse(row.getString("previous_secret")),
                        SqlTime.instant(row, "previous_secret_until")))
                .single();
    }

    @Override
    public boolean delete(UUID tenantId, UUID id) {
        boolean deleted = jdbc.sql("DELETE FROM webhook_endpoints WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenantId).param("id", id).update() == 1;
        subscriptions.changed(tenantId);
        return deleted;
    }

    @Override
    public List<UUID> allIds() {
        return jdbc.sql("SELECT id FROM webhook_endpoints ORDER BY id").query(UUID.class).list();
    }

    @Override
    public void reseal(UUID id, SealedSecrets secrets) {
        jdbc.sql("UPDATE webhook_endpoints SET secret = :secret, previous_secret = :previous WHERE id = :id")
                .param("secret", secrets.current().stored())
                .param("previous", secrets.previous() == null ? null : secrets.previous().stored())
                .param("id", id)
                .update();
    }

    private static Map<String, Object> params(WebhookEndpoint endpoint) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", endpoint.id());
        params.put("tenant_id", endpoint.tenantId());
        params.put("url", endpoint.url().toString());
        params.put("description", endpoint.description());
        params.put("event_types", typesColumn(endpoint));
        params.put("enabled", endpoint.enabled());
        params.put("disabled_reason", endpoint.disabledReason());
        params.put("previous_secret_until", SqlTime.timestamp(endpoint.previousSecretUntil()));
        params.put("created_at", SqlTime.timestamp(endpoint.createdAt()));
        params.put("updated_at", SqlTime.timestamp(endpoint.updatedAt()));
        return params;
    }

    static String typesColumn(WebhookEndpoint endpoint) {
        return endpoint.eventTypes().stream().map(WebhookEventType::code).sorted().collect(Collectors.joining(" "));
    }

    static WebhookEndpoint map(ResultSet row, int rowNum) throws SQLException {
        return new WebhookEndpoint(row.getObject("id", UUID.class), row.getObject("tenant_id", UUID.class),
                URI.create(row.getString("url")), row.getString("description"),
                Arrays.stream(row.getString("event_types").split(" ")).map(code -> WebhookEventType.fromCode(code)
                        .orElseThrow()).collect(Collectors.toSet()),
                row.getBoolean("enabled"), row.getString("disabled_reason"),
                SqlTime.instant(row, "previous_secret_until"), SqlTime.instant(row, "created_at"),
                SqlTime.instant(row, "updated_at"));
    }
}
