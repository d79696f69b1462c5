package co.factusapi.adapter.in.web.webhook;

import static co.factusapi.testsupport.ApiClient.json;
import static co.factusapi.testsupport.DocumentFixture.INVOICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.fail;

import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.WebhookReceiver;
import co.factusapi.testsupport.WebhookReceiver.Received;
import com.standardwebhooks.Webhook;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * Webhook scenarios shared by the H2 and PostgreSQL end-to-end tests: documents issued over HTTP against the emulator,
 * events delivered by the scheduled dispatcher to a real receiver, signatures checked with the official Standard
 * Webhooks verifier (an implementation independent of ours).
 */
final class WebhookFlows {
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private WebhookFlows() {
    }

    /** An endpoint of the admin's tenant at the receiver; its id and secret. */
    record Endpoint(String id, String secret) {
    }

    static Endpoint endpoint(ApiClient admin, WebhookReceiver receiver, String... types) {
        HttpResponse<String> created = admin.send("POST", "/api/v1/webhook-endpoints", "{\"url\":\""
                + receiver.url("/hooks") + "\",\"event_types\":[\"" + String.join("\",\"", types) + "\"]}",
                "application/json");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new Endpoint(json(created).path("id").asString(), json(created).path("secret").asString());
    }

    /** Issues an invoice and returns its ledger id (201) or the answer's status when it is not issued. */
    static String issueInvoice(ApiClient admin, String reference) {
        HttpResponse<String> issued = admin.postJson(INVOICE.route(), INVOICE.body(reference, null));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return json(issued).path("id").asString();
    }

    static List<Received> await(WebhookReceiver receiver, Predicate<List<Received>> done, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            List<Received> received = receiver.received();
            if (done.test(received)) {
                return received;
            }
            sleep(50);
        }
        return fail("waited " + PATIENCE.toSeconds() + " s for " + what + "; received " + receiver.received().size());
    }

    /** The deliveries the receiver accepted (answered 2xx), at most one per webhook-id counted. */
    static long distinctIds(List<Received> received) {
        return received.stream().map(request -> request.header("webhook-id")).distinct().count();
    }

    static void assertSignedWith(String secret, Received request) {
        assertThatCode(() -> new Webhook(secret).verify(request.body(), request.headers()))
                .as("the Standard Webhooks verifier accepts %s", request.header("webhook-signature"))
                .doesNotThrowAnyException();
    }

    static JsonNode body(Received request) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(request.body());
    }

    static String reference() {
        return "WH-" + UUID.randomUUID();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
