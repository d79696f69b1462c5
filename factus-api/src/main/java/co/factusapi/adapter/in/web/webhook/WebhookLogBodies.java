package co.factusapi.adapter.in.web.webhook;

import co.factusapi.application.port.in.WebhookDeliveriesUseCase.EventLog;
import co.factusapi.domain.webhook.DeliveryAttempt;
import co.factusapi.domain.webhook.WebhookDelivery;
import co.factusapi.domain.webhook.WebhookEvent;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The response bodies of the delivery log. */
final class WebhookLogBodies {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WebhookLogBodies() {
    }

    @Schema(name = "WebhookEvent")
    record Event(UUID id, String type, @Schema(description = "The document the event is about, if any") UUID documentId,
                 Instant createdAt,
                 @Schema(type = "object", description = "The body delivered to the endpoints (docs/webhooks.md)")
                 JsonNode payload) {
        static Event of(WebhookEvent event) {
            return new Event(event.id(), event.type().code(), event.documentId(), event.createdAt(),
                    JSON.readTree(event.payload()));
        }
    }

    @Schema(name = "WebhookEventWithDeliveries")
    record EventDetail(UUID id, String type, UUID documentId, Instant createdAt,
                       @Schema(type = "object") JsonNode payload, List<Delivery> deliveries) {
        static EventDetail of(EventLog log) {
            Event event = Event.of(log.event());
            return new EventDetail(event.id(), event.type(), event.documentId(), event.createdAt(), event.payload(),
                    log.deliveries().stream().map(Delivery::of).toList());
        }
    }

    @Schema(name = "WebhookDelivery")
    record Delivery(UUID id, UUID eventId, String eventType, UUID endpointId,
                    @Schema(allowableValues = {"PENDING", "SUCCEEDED", "FAILED"}) String status, int attemptCount,
                    Instant nextAttemptAt, @Schema(description = "Newest first") List<Attempt> attempts) {
        static Delivery of(WebhookDelivery delivery) {
            return new Delivery(delivery.id(), delivery.eventId(), delivery.eventType().code(), delivery.endpointId(),
                    delivery.status(), delivery.attemptCount(),
                    "PENDING".equals(delivery.status()) ? delivery.nextAttemptAt() : null,
                    delivery.attempts().stream().map(Attempt::of).toList());
        }
    }

    @Schema(name = "WebhookAttempt")
    record Attempt(Instant attemptedAt, @Schema(description = "Absent when no answer came") Integer statusCode,
                   long latencyMs, @Schema(description = "The first kilobyte of the answer") String responseExcerpt,
                   @Schema(description = "Why no answer came: a timeout, a failed connection, a refused address")
                   String error) {
        static Attempt of(DeliveryAttempt attempt) {
            return new Attempt(attempt.at(), attempt.statusCode(), attempt.latencyMillis(), attempt.responseExcerpt(),
                    attempt.error());
        }
    }

    @Schema(name = "WebhookQueued")
    record Queued(@Schema(description = "How many deliveries were queued") int queued) {
    }
}
