package co.factusapi.system;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.testsupport.Cluster;
import co.factusapi.testsupport.WebhookReceiver;
import com.standardwebhooks.Webhook;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks from three instances dispatching from one PostgreSQL ({@code scripts/cluster.sh}): 1,000 invoices are
 * issued while the receiver is down, then it comes back, and one instance is killed with SIGKILL in the middle of
 * dispatching and started again. Every invoice's {@code document.issued} arrives, every delivery verifies with the
 * Standard Webhooks library, each event keeps one {@code webhook-id} on every attempt, and a repeat (an instance died
 * after sending, before recording) carries the same id and body. The figures are printed.
 */
class WebhooksOnClusterIT {
    private static final int INVOICES = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyEventArrivesSignedOnceOrRepeatedWithItsIdThroughDowntimeAndAKilledInstance() throws Exception {
        AtomicReference<String> secret = new AtomicReference<>();
        try (WebhookReceiver receiver = new WebhookReceiver();
             Cluster cluster = new Cluster("cluster-webhooks", 3, "-XX:TieredStopAtLevel=1 -Xmx384m",
                     "--factus-api.rate-limit.requests-per-minute=1000000 --factus-api.webhooks.allow=127.0.0.1/32 "
                             + "--factus-api.webhooks.retry-schedule=1s,10s "
                             + "--factus-api.webhooks.dispatcher.interval=200ms");
             ClusterLoad load = new ClusterLoad(cluster, 6, up -> {
                 receiver.down(true);
                 secret.set(up.postJson("/api/v1/webhook-endpoints", up.adminToken(), "{\"url\":\""
                         + receiver.url("/hooks") + "\",\"event_types\":[\"document.issued\"]}").path("secret")
                         .asString());
             })) {
            while (load.issued() < INVOICES) {
                Thread.sleep(200);
            }
            ClusterLoad.Outcome outcome = load.finish(cluster);
            int refusedWhileDown = receiver.received().size();
            receiver.down(false);
            long deadline = System.nanoTime() + 180_000_000_000L;
            while (delivered(receiver).size() < INVOICES / 10) {
                assertThat(System.nanoTime()).as("deliveries started").isLessThan(deadline);
                Thread.sleep(50);
            }
            int deliveredBeforeKill = delivered(receiver).size();
            cluster.kill(2);
            cluster.start(2);
            Set<String> issued = new HashSet<>(outcome.seen().values());
            while (!delivered(receiver).containsAll(issued)) {
                assertThat(System.nanoTime()).as("every event delivered within 3 minutes").isLessThan(deadline);
                Thread.sleep(500);
            }

            Webhook verifier = new Webhook(secret.get());
            Map<String, String> bodyById = new HashMap<>();
            Map<String, String> idByNumber = new HashMap<>();
            int accepted = 0;
            int repeats = 0;
            for (WebhookReceiver.Received request : receiver.received()) {
                verifier.verify(request.body(), request.headers());
                String id = request.header("webhook-id");
                String previous = bodyById.putIfAbsent(id, request.body());
                assertThat(previous == null || previous.equals(request.body())).as("one body per webhook-id").isTrue();
                if (request.accepted()) {
                    accepted++;
                    String number = number(request);
                    String earlier = idByNumber.putIfAbsent(number, id);
                    if (earlier != null) {
                        assertThat(earlier).as("one event per invoice, repeated with its id").isEqualTo(id);
                        repeats++;
                    }
                }
            }
            System.out.printf("webhooks on a cluster: %d invoices, %d attempts refused while the receiver was down, "
                            + "instance 2 killed after %d events had arrived, %d deliveries accepted, %d distinct events, "
                            + "%d repeats, all signatures verified; %s%n", outcome.seen().size(), refusedWhileDown,
                    deliveredBeforeKill, accepted, idByNumber.size(), repeats, outcome);
            outcome.assertNothingLostNorIssuedTwice(INVOICES - 1);
            assertThat(idByNumber.keySet()).containsAll(issued);
            assertThat(refusedWhileDown).isPositive();
        }
    }

    /** Numbers of the invoices whose document.issued the receiver accepted. */
    private static Set<String> delivered(WebhookReceiver receiver) {
        Set<String> numbers = new HashSet<>();
        for (WebhookReceiver.Received request : receiver.received()) {
            if (request.accepted()) {
                numbers.add(number(request));
            }
        }
        return numbers;
    }

    private static String number(WebhookReceiver.Received request) {
        JsonNode event = JSON.readTree(request.body());
        return event.path("data").path("number").asString();
    }
}
