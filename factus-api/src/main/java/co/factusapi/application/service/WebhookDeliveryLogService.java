package co.factusapi.application.service;

import co.factusapi.application.port.in.ManageWebhookEndpointsUseCase;
import co.factusapi.application.port.in.WebhookDeliveriesUseCase;
import co.factusapi.application.port.out.WebhookEndpointRepository;
import co.factusapi.application.port.out.WebhookOutbox;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.webhook.WebhookDelivery;
import co.factusapi.domain.webhook.WebhookEndpoint;
import co.factusapi.domain.webhook.WebhookEvent;
import co.factusapi.domain.webhook.WebhookEventType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The acting tenant's delivery log, resends, replays and test events; another tenant's are not found. */
public final class WebhookDeliveryLogService implements WebhookDeliveriesUseCase {
    /** A replay queues at most this many events; a larger one is split by moving {@code since}. */
    static final int MAX_REPLAY = 10_000;

    private final WebhookOutbox outbox;
    private final WebhookEndpointRepository endpoints;
    private final ManageWebhookEndpointsUseCase endpointUseCase;
    private final Clock clock;
    private final AuditTrail audit;

    public WebhookDeliveryLogService(WebhookOutbox outbox, WebhookEndpointRepository endpoints,
                                     ManageWebhookEndpointsUseCase endpointUseCase, Clock clock, AuditTrail audit) {
        this.outbox = outbox;
        this.endpoints = endpoints;
        this.endpointUseCase = endpointUseCase;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public List<WebhookDelivery> deliveriesTo(UUID endpointId, int limit) {
        return outbox.deliveriesToEndpoint(endpointUseCase.get(endpointId).id(), limit(limit));
    }

    @Override
    public List<WebhookEvent> events(WebhookEventType type, Instant since, int limit) {
        return outbox.events(ActingTenant.id(), type, since, limit(limit));
    }

    @Override
    public EventLog event(UUID eventId) {
        WebhookEvent event = find(eventId);
        return new EventLog(event, outbox.deliveriesOfEvent(event.id()));
    }

    @Override
    public int resend(UUID eventId, String actor) {
        WebhookEvent event = find(eventId);
        List<UUID> targets = endpoints.findAll(ActingTenant.id()).stream()
                .filter(endpoint -> endpoint.enabled() && endpoint.subscribesTo(event.type()))
                .map(WebhookEndpoint::id).toList();
        outbox.requeue(event, targets, clock.instant());
        audit.record(actor, "webhook-event.resend", "webhook-event", eventId.toString(), null, "QUEUED",
                targets.size() + " endpoints");
        return targets.size();
    }

    @Override
    public int replay(UUID endpointId, Instant since, String actor) {
        WebhookEndpoint endpoint = endpointUseCase.get(endpointId);
        if (since == null) {
            throw InvalidRequestException.of("since", "is required: an ISO-8601 instant such as 2026-12-01T00:00:00Z");
        }
        List<WebhookEvent> events = outbox.eventsSince(ActingTenant.id(), List.copyOf(endpoint.eventTypes()), since,
                MAX_REPLAY);
        Instant now = clock.instant();
        events.forEach(event -> outbox.requeue(event, List.of(endpoint.id()), now));
        audit.record(actor, "webhook-endpoint.replay", "webhook-endpoint", endpointId.toString(), null, "QUEUED",
                events.size() + " events since " + since);
        return events.size();
    }

    @Override
    public WebhookEvent sendTest(UUID endpointId, String actor) {
        WebhookEndpoint endpoint = endpointUseCase.get(endpointId);
        WebhookEvent event = WebhookEvent.test(ActingTenant.id(), endpoint.id(), clock.instant());
        outbox.append(event, List.of(endpoint.id()));
        audit.record(actor, "webhook-endpoint.test", "webhook-endpoint", endpointId.toString(), null, "QUEUED", null);
        return event;
    }

    private WebhookEvent find(UUID eventId) {
        return outbox.event(ActingTenant.id(), eventId)
                .orElseThrow(() -> new NotFoundException("No webhook event has the id " + eventId + "."));
    }

    private static int limit(int requested) {
        return Math.clamp(requested, 1, 100);
    }
}
