package co.factusapi.application.port.out;

import co.factusapi.domain.vault.SealedSecret;
import co.factusapi.domain.webhook.WebhookEndpoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenants' webhook endpoints, their secrets sealed by the vault (never stored in plain text). */
public interface WebhookEndpointRepository {

    /** An endpoint's sealed secrets: the current one and, during a rotation's grace period, the previous one. */
    record SealedSecrets(SealedSecret current, SealedSecret previous, Instant previousUntil) {
    }

    void add(WebhookEndpoint endpoint, SealedSecret secret);

    /** The endpoint of this tenant with this id; empty for another tenant's. */
    Optional<WebhookEndpoint> find(UUID tenantId, UUID id);

    /** The tenant's endpoints, oldest first. */
    List<WebhookEndpoint> findAll(UUID tenantId);

    void update(WebhookEndpoint endpoint);

    void replaceSecrets(WebhookEndpoint endpoint, SealedSecrets secrets);

    SealedSecrets secrets(UUID endpointId);

    boolean delete(UUID tenantId, UUID id);

    /** Every endpoint's id, of every tenant: a vault rotation re-seals their secrets. */
    List<UUID> allIds();

    /** Stores the same secrets sealed anew (a vault rotation); the endpoint is otherwise unchanged. */
    void reseal(UUID id, SealedSecrets secrets);
}
