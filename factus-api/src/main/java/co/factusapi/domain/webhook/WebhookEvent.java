package co.factusapi.domain.webhook;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event of a tenant. {@code id} is the {@code webhook-id} of every delivery of it, to every endpoint, on every
 * attempt, so receivers can drop duplicates. {@code documentId}: the document it is about (its deliveries to one
 * endpoint keep its order); null for events about no document. {@code payload}: the JSON body as delivered.
 */
public record WebhookEvent(UUID id, UUID tenantId, WebhookEventType type, UUID documentId, Instant createdAt,
                           String payload) {
    public WebhookEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(payload, "payload");
    }

    /** A {@code webhook.test} event for one endpoint; its payload has only identifiers and a time, no text to escape. */
    public static WebhookEvent test(UUID tenantId, UUID endpointId, Instant now) {
        UUID id = UUID.randomUUID();
        String payload = "{\"id\":\"" + id + "\",\"type\":\"" + WebhookEventType.WEBHOOK_TEST.code()
                + "\",\"timestamp\":\"" + now + "\",\"tenant_id\":\"" + tenantId + "\",\"data\":{\"endpoint_id\":\""
                + endpointId + "\"}}";
        return new WebhookEvent(id, tenantId, WebhookEventType.WEBHOOK_TEST, null, now, payload);
    }
}
