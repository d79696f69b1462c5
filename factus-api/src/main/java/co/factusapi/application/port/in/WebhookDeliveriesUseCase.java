package co.factusapi.application.port.in;

import co.factusapi.domain.webhook.WebhookDelivery;
import co.factusapi.domain.webhook.WebhookEvent;
import co.factusapi.domain.webhook.WebhookEventType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The acting tenant's delivery log and replays (docs/webhooks.md "Delivery log and replay"): what was sent where and
 * how each attempt went; one event sent again, every event since a time, a test event.
 */
public interface WebhookDeliveriesUseCase {

    /** An event with its deliveries. */
    record EventLog(WebhookEvent event, List<WebhookDelivery> deliveries) {
    }

    List<WebhookDelivery> deliveriesTo(UUID endpointId, int limit);

    List<WebhookEvent> events(WebhookEventType type, Instant since, int limit);

    EventLog event(UUID eventId);

    /** Sends the event again to every enabled endpoint that subscribes to its type; how many endpoints. */
    int resend(UUID eventId, String actor);

    /** Queues every event since {@code since} that the endpoint subscribes to, oldest first; how many. */
    int replay(UUID endpointId, Instant since, String actor);

    /** Queues a {@code webhook.test} event for the endpoint alone. */
    WebhookEvent sendTest(UUID endpointId, String actor);
}
