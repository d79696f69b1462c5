package co.factusapi.adapter.in.web.webhook;

import static co.factusapi.adapter.in.web.webhook.WebhookFlows.assertSignedWith;
import static co.factusapi.adapter.in.web.webhook.WebhookFlows.await;
import static co.factusapi.adapter.in.web.webhook.WebhookFlows.body;
import static co.factusapi.adapter.in.web.webhook.WebhookFlows.distinctIds;
import static co.factusapi.adapter.in.web.webhook.WebhookFlows.endpoint;
import static co.factusapi.adapter.in.web.webhook.WebhookFlows.issueInvoice;
import static co.factusapi.adapter.in.web.webhook.WebhookFlows.reference;
import static co.factusapi.testsupport.ApiClient.json;
import static co.factusapi.testsupport.DocumentFixture.CREDIT_NOTE;
import static co.factusapi.testsupport.DocumentFixture.INVOICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.adapter.in.web.webhook.WebhookFlows.Endpoint;
import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.EndToEndTest;
import co.factusapi.testsupport.WebhookReceiver;
import co.factusapi.testsupport.WebhookReceiver.Received;
import co.factusapi.testsupport.WebhookTenants;
import java.net.http.HttpResponse;
import com.standardwebhooks.Webhook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Events of documents issued over HTTP reach a real receiver, signed, in order, retried with stable ids (on H2). */
class WebhookDeliveryEndToEndTest extends EndToEndTest {

    @Test
    void issuedInvoicesAreDeliveredWithSignaturesTheOfficialVerifierAccepts() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            ApiClient admin = WebhookTenants.sandbox(api, "Tienda D").admin();
            Endpoint endpoint = endpoint(admin, receiver, "document.issued");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(issueInvoice(admin, reference()));
            }

            List<Received> received = await(receiver, all -> all.size() >= 3, "3 document.issued deliveries");
            assertThat(distinctIds(received)).isEqualTo(3);
            for (Received request : received) {
                assertSignedWith(endpoint.secret(), request);
                assertThat(request.header("webhook-id")).isEqualTo(body(request).path("id").asString());
                assertThat(body(request).path("type").asString()).isEqualTo("document.issued");
                assertThat(body(request).path("data").path("kind").asString()).isEqualTo("invoice");
                assertThat(body(request).path("data").path("status").asString()).isEqualTo("ISSUED");
                assertThat(body(request).path("data").path("cufe").asString()).hasSize(96);
            }
            assertThat(received.stream().map(request -> body(request).path("data").path("id").asString()))
                    .containsExactlyInAnyOrderElementsOf(ids);
            assertThatThrownBy(() -> new Webhook("whsec_" + "A".repeat(43) + "=").verify(received.getFirst().body(),
                    received.getFirst().headers())).as("another secret does not verify").isInstanceOf(Exception.class);
        }
    }

    @Test
    void aReceiverThatIsDownGetsEveryEventOnceItIsBackWithTheSameWebhookIds() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            ApiClient admin = WebhookTenants.sandbox(api, "Tienda E").admin();
            Endpoint endpoint = endpoint(admin, receiver, "document.issued");
            receiver.down(true);
            for (int i = 0; i < 5; i++) {
                issueInvoice(admin, reference());
            }
            await(receiver, all -> distinctIds(all) == 5 && all.size() >= 10, "every event attempted twice while down");
            receiver.down(false);

            List<Received> received = await(receiver, all -> accepted(all).size() == 5, "5 accepted deliveries");
            Map<String, Long> attemptsPerId = received.stream().collect(Collectors.groupingBy(
                    request -> request.header("webhook-id"), Collectors.counting()));
            assertThat(attemptsPerId).hasSize(5).allSatisfy((id, attempts) -> assertThat(attempts).isGreaterThan(1));
            received.forEach(request -> assertSignedWith(endpoint.secret(), request));
        }
    }

    @Test
    void duringARotationsGracePeriodBothSecretsSign() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            ApiClient admin = WebhookTenants.sandbox(api, "Tienda F").admin();
            Endpoint endpoint = endpoint(admin, receiver, "document.issued");
            String newSecret = json(admin.send("POST", "/api/v1/webhook-endpoints/" + endpoint.id() + "/rotate-secret",
                    null, null)).path("secret").asString();
            issueInvoice(admin, reference());

            Received request = await(receiver, all -> !all.isEmpty(), "a delivery").getFirst();
            assertThat(request.header("webhook-signature").split(" ")).hasSize(2)
                    .allSatisfy(signature -> assertThat(signature).startsWith("v1,"));
            assertSignedWith(newSecret, request);
            assertSignedWith(endpoint.secret(), request);
        }
    }

    @Test
    void aDianRejectionIsDeliveredWithItsRulesAndNotesWithTheirKind() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            WebhookTenants.Onboarded tenant = WebhookTenants.sandbox(api, "Tienda G");
            ApiClient admin = tenant.admin();
            Endpoint endpoint = endpoint(admin, receiver, "document.issued", "document.rejected");
            String account = factus.emulator().accounts().stream()
                    .filter(candidate -> candidate.name().equals(tenant.name())).findFirst().orElseThrow().id();
            emulator.call("POST", "/__emulator/dian/reject?account=" + account, "{\"count\":1}");
            String rejectedReference = reference();
            assertThat(admin.postJson(INVOICE.route(), INVOICE.body(rejectedReference, null)).statusCode())
                    .isEqualTo(422);
            Received rejected = await(receiver, all -> !all.isEmpty(), "document.rejected").getFirst();
            assertSignedWith(endpoint.secret(), rejected);
            assertThat(body(rejected).path("type").asString()).isEqualTo("document.rejected");
            assertThat(body(rejected).path("data").path("reference_code").asString()).isEqualTo(rejectedReference);
            assertThat(body(rejected).path("data").path("status").asString()).isEqualTo("REJECTED");
            assertThat(body(rejected).path("data").path("errors").get(0).path("field").asString()).isEqualTo("FAK24");

            HttpResponse<String> invoice = admin.postJson(INVOICE.route(), INVOICE.body(reference(), null));
            String invoiceNumber = json(invoice).path("number").asString();
            HttpResponse<String> note = admin.postJson(CREDIT_NOTE.route(), CREDIT_NOTE.body(reference(), invoiceNumber));
            assertThat(note.statusCode()).as(note.body()).isEqualTo(201);
            Received credit = await(receiver, all -> all.size() >= 3, "the invoice and its credit note").stream()
                    .filter(request -> body(request).path("data").path("kind").asString().equals("credit_note"))
                    .findFirst().orElseThrow();
            assertThat(body(credit).path("type").asString()).isEqualTo("document.issued");
            assertThat(body(credit).path("data").path("invoice_number").asString()).isEqualTo(invoiceNumber);
            assertThat(body(credit).path("data").path("cude").asString()).isNotBlank();
            assertSignedWith(endpoint.secret(), credit);
        }
    }

    private static List<Received> accepted(List<Received> all) {
        return all.stream().filter(Received::accepted).toList();
    }
}
