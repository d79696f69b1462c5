package co.factusapi.adapter.in.web.webhook;

import static co.factusapi.adapter.in.web.webhook.WebhookFlows.assertSignedWith;
import static co.factusapi.adapter.in.web.webhook.WebhookFlows.await;
import static co.factusapi.adapter.in.web.webhook.WebhookFlows.body;
import static co.factusapi.adapter.in.web.webhook.WebhookFlows.endpoint;
import static co.factusapi.adapter.in.web.webhook.WebhookFlows.issueInvoice;
import static co.factusapi.adapter.in.web.webhook.WebhookFlows.reference;
import static co.factusapi.testsupport.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.adapter.in.web.webhook.WebhookFlows.Endpoint;
import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.EndToEndTest;
import co.factusapi.testsupport.WebhookReceiver;
import co.factusapi.testsupport.WebhookReceiver.Received;
import co.factusapi.testsupport.WebhookTenants;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The delivery log, resends, replays and test events over HTTP, with a real receiver (on H2). */
class WebhookLogEndToEndTest extends EndToEndTest {

    @Test
    void theLogShowsEveryAttemptAndAResendKeepsTheWebhookId() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            ApiClient admin = WebhookTenants.sandbox(api, "Tienda L").admin();
            Endpoint endpoint = endpoint(admin, receiver, "document.issued");
            receiver.down(true);
            String document = issueInvoice(admin, reference());
            await(receiver, all -> all.size() >= 2, "two failed attempts");
            receiver.down(false);
            await(receiver, all -> all.stream().anyMatch(Received::accepted), "an accepted attempt");

            JsonNode delivery = awaitDelivered(admin, endpoint);
            assertThat(delivery.path("event_type").asString()).isEqualTo("document.issued");
            JsonNode attempts = delivery.path("attempts");
            assertThat(attempts.size()).isGreaterThanOrEqualTo(3);
            assertThat(attempts.get(0).path("status_code").asInt()).isEqualTo(200);
            assertThat(attempts.get(0).path("response_excerpt").asString()).isEqualTo("ok");
            assertThat(attempts.get(attempts.size() - 1).path("status_code").asInt()).isEqualTo(503);
            assertThat(attempts.get(attempts.size() - 1).path("latency_ms").isNumber()).isTrue();

            String eventId = delivery.path("event_id").asString();
            JsonNode event = json(admin.get("/api/v1/webhook-events/" + eventId));
            assertThat(event.path("document_id").asString()).isEqualTo(document);
            assertThat(event.path("payload").path("data").path("id").asString()).isEqualTo(document);
            assertThat(event.path("deliveries").get(0).path("attempts").size()).isEqualTo(attempts.size());
            assertThat(json(admin.get("/api/v1/webhook-events?type=document.issued")).get(0).path("id").asString())
                    .isEqualTo(eventId);

            int before = receiver.received().size();
            HttpResponse<String> resent = admin.send("POST", "/api/v1/webhook-events/" + eventId + "/resend", null,
                    null);
            assertThat(resent.statusCode()).as(resent.body()).isEqualTo(202);
            assertThat(json(resent).path("queued").asInt()).isEqualTo(1);
            Received again = await(receiver, all -> all.size() > before, "the resent event").getLast();
            assertThat(again.header("webhook-id")).isEqualTo(eventId);
            assertSignedWith(endpoint.secret(), again);

            ApiClient other = WebhookTenants.sandbox(api, "Tienda M").admin();
            assertThat(other.get("/api/v1/webhook-events/" + eventId).statusCode()).isEqualTo(404);
            assertThat(other.send("POST", "/api/v1/webhook-events/" + eventId + "/resend", null, null).statusCode())
                    .isEqualTo(404);
            assertThat(other.get("/api/v1/webhook-endpoints/" + endpoint.id() + "/deliveries").statusCode())
                    .isEqualTo(404);
        }
    }

    @Test
    void aReplaySendsEveryEventSinceATimeAndATestEventIsSigned() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            ApiClient admin = WebhookTenants.sandbox(api, "Tienda R").admin();
            Instant since = Instant.now().minusSeconds(1);
            issueInvoice(admin, reference());
            issueInvoice(admin, reference());
            Endpoint endpoint = endpoint(admin, receiver, "document.issued");
            assertThat(receiver.received()).as("events before the endpoint existed are not sent").isEmpty();

            HttpResponse<String> replay = admin.send("POST", "/api/v1/webhook-endpoints/" + endpoint.id()
                    + "/replay?since=" + since, null, null);
            assertThat(replay.statusCode()).as(replay.body()).isEqualTo(202);
            assertThat(json(replay).path("queued").asInt()).isEqualTo(2);
            List<Received> replayed = await(receiver, all -> all.size() >= 2, "the replayed events");
            replayed.forEach(request -> assertSignedWith(endpoint.secret(), request));

            HttpResponse<String> test = admin.send("POST", "/api/v1/webhook-endpoints/" + endpoint.id() + "/test",
                    null, null);
            assertThat(test.statusCode()).as(test.body()).isEqualTo(202);
            Received received = await(receiver, all -> all.size() >= 3, "the test event").getLast();
            assertThat(body(received).path("type").asString()).isEqualTo("webhook.test");
            assertThat(body(received).path("data").path("endpoint_id").asString()).isEqualTo(endpoint.id());
            assertSignedWith(endpoint.secret(), received);

            HttpResponse<String> noSince = admin.send("POST", "/api/v1/webhook-endpoints/" + endpoint.id() + "/replay",
                    null, null);
            assertThat(noSince.statusCode()).as(noSince.body()).isEqualTo(422);
        }
    }

    @Test
    void aSlowReceiverTimesOutPerAttemptWithoutHoldingUpIssuance() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            ApiClient admin = WebhookTenants.sandbox(api, "Tienda S").admin();
            Endpoint endpoint = endpoint(admin, receiver, "document.issued");
            receiver.slow(Duration.ofSeconds(3));
            long started = System.nanoTime();
            issueInvoice(admin, reference());
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            await(receiver, all -> !all.isEmpty(), "the slow attempt");
            receiver.slow(Duration.ZERO);

            JsonNode delivery = awaitDelivered(admin, endpoint);
            JsonNode first = delivery.path("attempts").get(delivery.path("attempts").size() - 1);
            assertThat(first.has("status_code")).isFalse();
            assertThat(first.path("error").asString()).isEqualTo("no answer within 2000 ms");
        }
    }

    private static JsonNode awaitDelivered(ApiClient admin, Endpoint endpoint) {
        long deadline = System.nanoTime() + WebhookFlows.PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode log = json(admin.get("/api/v1/webhook-endpoints/" + endpoint.id() + "/deliveries"));
            if (!log.isEmpty() && log.get(0).path("status").asString().equals("SUCCEEDED")) {
                return log.get(0);
            }
            sleep();
        }
        throw new AssertionError("no delivery SUCCEEDED in the log");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
