package co.factusapi.adapter.in.web.webhook;

import static co.factusapi.adapter.in.web.webhook.WebhookFlows.assertSignedWith;
import static co.factusapi.adapter.in.web.webhook.WebhookFlows.await;
import static co.factusapi.adapter.in.web.webhook.WebhookFlows.body;
import static co.factusapi.adapter.in.web.webhook.WebhookFlows.distinctIds;
import static co.factusapi.adapter.in.web.webhook.WebhookFlows.endpoint;
import static co.factusapi.adapter.in.web.webhook.WebhookFlows.issueInvoice;
import static co.factusapi.adapter.in.web.webhook.WebhookFlows.reference;
import static co.factusapi.testsupport.ApiClient.json;
import static co.factusapi.testsupport.DocumentFixture.INVOICE;
import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.adapter.in.web.webhook.WebhookFlows.Endpoint;
import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.PostgresEndToEndTest;
import co.factusapi.testsupport.WebhookReceiver;
import co.factusapi.testsupport.WebhookReceiver.Received;
import co.factusapi.testsupport.WebhookTenants;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Webhooks on PostgreSQL: an invoice whose outcome was unknown is announced, then settled exactly once by the
 * reconciler, and its events reach a receiver that was down in the order they happened, each under one webhook-id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "factus.validate-timeout=2s")
class WebhookDeliveryOnPostgresEndToEndTest extends PostgresEndToEndTest {

    @Test
    void anUnknownInvoiceSettledByTheReconcilerIsAnnouncedIssuedAndSettledOnceInThatOrder() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            ApiClient admin = WebhookTenants.sandbox(api, "Tienda P").admin();
            Endpoint endpoint = endpoint(admin, receiver, "document.issued", "document.unknown", "document.settled");
            receiver.down(true);
            emulator.fault(INVOICE.validateEndpoint(), "\"type\":\"hang\",\"probability\":1.0,\"hang_millis\":2600");
            HttpResponse<String> timedOut;
            try {
                timedOut = admin.postJson(INVOICE.route(), INVOICE.body(reference(), null));
            } finally {
                emulator.clearFaults();
            }
            assertThat(timedOut.statusCode()).as(timedOut.body()).isEqualTo(504);
            Thread.sleep(1000); // the emulator finishes the hung request: the bill exists, validated
            jobs.reconcile();
            jobs.reconcile();
            await(receiver, all -> distinctIds(all) >= 1 && all.size() >= 3, "attempts while the receiver is down");
            receiver.down(false);

            List<Received> all = await(receiver, received -> received.stream().filter(Received::accepted).count() == 3,
                    "the 3 events of the document accepted");
            List<Received> accepted = all.stream().filter(Received::accepted).toList();
            assertThat(accepted.stream().map(request -> body(request).path("type").asString()))
                    .containsExactly("document.unknown", "document.issued", "document.settled");
            assertThat(accepted.stream().map(request -> body(request).path("data").path("id").asString()).distinct())
                    .hasSize(1);
            assertThat(body(accepted.getLast()).path("data").path("status").asString()).isEqualTo("ISSUED");
            accepted.forEach(request -> assertSignedWith(endpoint.secret(), request));
            assertOrderKept(all);
            assertThat(distinctIds(all)).as("one webhook-id per event, on every attempt").isEqualTo(3);
        }
    }

    @Test
    void issuedInvoicesAreDeliveredSignedOnPostgres() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            ApiClient admin = WebhookTenants.sandbox(api, "Tienda Q").admin();
            Endpoint endpoint = endpoint(admin, receiver, "document.issued");
            String id = issueInvoice(admin, reference());
            Received request = await(receiver, all -> !all.isEmpty(), "a delivery").getFirst();
            assertSignedWith(endpoint.secret(), request);
            assertThat(body(request).path("data").path("id").asString()).isEqualTo(id);
            assertThat(json(admin.get("/api/v1/webhook-endpoints/" + endpoint.id())).path("enabled").asBoolean())
                    .isTrue();
        }
    }

    /** No event of the document reached the receiver before the one before it had been accepted. */
    private static void assertOrderKept(List<Received> all) {
        for (int i = 0; i < all.size(); i++) {
            String type = body(all.get(i)).path("type").asString();
            long acceptedBefore = all.subList(0, i).stream().filter(Received::accepted).count();
            int position = List.of("document.unknown", "document.issued", "document.settled").indexOf(type);
            assertThat(acceptedBefore).as("%s sent after %d accepted events", type, acceptedBefore)
                    .isGreaterThanOrEqualTo(position);
        }
    }
}
