package co.factusapi.application.port.in;

import co.factusapi.domain.webhook.WebhookEndpoint;
import co.factusapi.domain.webhook.WebhookSecret;
import java.util.List;
import java.util.UUID;

/**
 * Tenant admins register the URLs that receive the acting tenant's events (docs/webhooks.md). A secret is shown only
 * in the answer that creates it; another tenant's endpoint is not found.
 */
public interface ManageWebhookEndpointsUseCase {

    /** The caller's changes to an endpoint; null fields stay as they are. */
    record EndpointChange(String url, String description, List<String> eventTypes, Boolean enabled) {
    }

    /** An endpoint with its new secret, which no later answer shows again. */
    record EndpointWithSecret(WebhookEndpoint endpoint, WebhookSecret secret) {
    }

    EndpointWithSecret create(String url, String description, List<String> eventTypes, String actor);

    List<WebhookEndpoint> list();

    WebhookEndpoint get(UUID id);

    WebhookEndpoint update(UUID id, EndpointChange change, String actor);

    void delete(UUID id, String actor);

    /** A new secret; the previous one keeps signing, beside it, for the grace period. */
    EndpointWithSecret rotateSecret(UUID id, String actor);

    /** Platform: re-seals every endpoint's secrets not sealed under the vault's current key; how many endpoints. */
    int resealSecrets();
}
