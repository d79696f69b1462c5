package co.factusapi.application.port.out;

import co.factusapi.domain.webhook.DeliveryAttempt;
import co.factusapi.domain.webhook.WebhookDelivery;
import co.factusapi.domain.webhook.WebhookEvent;
import co.factusapi.domain.webhook.WebhookEventType;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactional outbox of webhook events. Document events are written by the ledger in the same transaction as
 * the change that causes them; this port adds the other events, hands due deliveries to the dispatcher and records how
 * each attempt went. A delivery is one event for one endpoint; it waits while an earlier delivery of the same
 * document to the same endpoint is undelivered.
 */
public interface WebhookOutbox {

    /**
     * A claimed delivery: what to send where, how many attempts it already had, and when it was (re)queued: it is
     * retried for the retry window from then.
     */
    record Delivery(UUID id, WebhookEvent event, UUID endpointId, URI url, int attempts, Instant queuedAt) {
    }

    /** Records {@code event} with a delivery to each of these endpoints, due at once. */
    void append(WebhookEvent event, List<UUID> endpointIds);

    /**
     * Leases up to {@code limit} due deliveries to {@code owner} until {@code leaseUntil} (one short transaction,
     * rows locked with SKIP LOCKED so instances never claim the same delivery); only enabled endpoints, and per
     * document and endpoint only the earliest undelivered event.
     */
    List<Delivery> claimDue(String owner, Instant now, Instant leaseUntil, int limit);

    /**
     * Records an attempt and what follows: delivered, due again at {@code next}, or (next empty after a failure)
     * failed for good. Ignored when the lease was lost to another instance.
     */
    void recordAttempt(Delivery delivery, String owner, DeliveryAttempt attempt, Optional<Instant> next);

    /** The start of the endpoint's current run of failures, after recording this one (or after a success, empty). */
    Optional<Instant> endpointOutcome(UUID endpointId, boolean succeeded, Instant at);

    /**
     * Switches an endpoint off after failing too long, saying why, and in the same transaction records a
     * {@code webhook_endpoint.disabled} event for the tenant's other enabled endpoints subscribed to it. Nothing
     * happens when the endpoint is already off.
     */
    void disableEndpoint(UUID endpointId, String reason, Instant at);

    /** The tenant's events, newest first, of a type (null: any) created at or after {@code since} (null: any). */
    List<WebhookEvent> events(UUID tenantId, WebhookEventType type, Instant since, int limit);

    Optional<WebhookEvent> event(UUID tenantId, UUID eventId);

    /** The deliveries of an event with their attempts. */
    List<WebhookDelivery> deliveriesOfEvent(UUID eventId);

    /** The endpoint's most recent deliveries (last queued first) with their attempts. */
    List<WebhookDelivery> deliveriesToEndpoint(UUID endpointId, int limit);

    /** Queues the event again (PENDING, due now, attempts from 0) for each endpoint, adding deliveries it lacks. */
    void requeue(WebhookEvent event, List<UUID> endpointIds, Instant now);

    /** The tenant's events of these types created at or after {@code since}, oldest first, for a replay. */
    List<WebhookEvent> eventsSince(UUID tenantId, List<WebhookEventType> types, Instant since, int limit);

    /**
     * Deletes up to {@code limit} events created before {@code before} with no delivery PENDING and no document still
     * PENDING or UNKNOWN, their deliveries and attempts with them; how many.
     */
    int purge(Instant before, int limit);
}
