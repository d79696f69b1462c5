package co.factusapi.domain.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event for one endpoint, as the delivery log shows it. {@code status}: PENDING (due at {@code nextAttemptAt}, or
 * being sent), SUCCEEDED (a 2xx answer) or FAILED (the retry window ran out). {@code attempts}: newest first.
 */
public record WebhookDelivery(UUID id, UUID eventId, WebhookEventType eventType, UUID endpointId, String status,
                              int attemptCount, Instant nextAttemptAt, List<DeliveryAttempt> attempts) {
    public WebhookDelivery {
        attempts = List.copyOf(attempts);
    }
}
