package co.factusapi.adapter.in.web.webhook;

import static co.factusapi.adapter.in.web.webhook.WebhookFlows.assertSignedWith;
import static co.factusapi.adapter.in.web.webhook.WebhookFlows.await;
import static co.factusapi.adapter.in.web.webhook.WebhookFlows.body;
import static co.factusapi.adapter.in.web.webhook.WebhookFlows.endpoint;
import static co.factusapi.adapter.in.web.webhook.WebhookFlows.reference;
import static co.factusapi.testsupport.ApiClient.json;
import static co.factusapi.testsupport.DocumentFixture.INVOICE;
import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.adapter.in.web.webhook.WebhookFlows.Endpoint;
import co.factusapi.config.WebhookLeaderJobs;
import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.EndToEndTest;
import co.factusapi.testsupport.WebhookReceiver;
import co.factusapi.testsupport.WebhookReceiver.Received;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * RADIAN events recorded at Factus on our credit-sale invoices become one signed {@code document.radian_event} each,
 * found by the poller within its share of the allowance (docs/webhooks.md "RADIAN events"). The schedule is off: the
 * test runs the poller itself, with looks a millisecond apart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "factus-api.webhooks.radian.enabled=false", "factus-api.webhooks.radian.first-look=1ms",
        "factus-api.webhooks.radian.longest-wait=1ms", "factus-api.webhooks.radian.per-run=2"})
class RadianEventsEndToEndTest extends EndToEndTest {
    private static final String LOOKS = "GET /v1/bills/{number}/radian/events";

    @Autowired
    private WebhookLeaderJobs jobs;

    @Test
    void eachRadianEventOnACreditSaleIsAnnouncedOnceAndCashSalesCostNoCalls() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            ApiClient admin = defaultTenantAdmin();
            Endpoint endpoint = endpoint(admin, receiver, "document.radian_event");
            String credit = issue(admin, true);
            issue(admin, false);
            emulator.addEvent(credit, "030");

            long before = emulator.requests(LOOKS);
            assertThat(jobs.pollRadianEvents()).as("the acuse de recibo").isEqualTo(1);
            assertThat(emulator.requests(LOOKS) - before).as("one look, at the credit sale only").isEqualTo(1);
            assertThat(jobs.pollRadianEvents()).as("nothing new").isZero();
            emulator.addEvent(credit, "032");
            assertThat(jobs.pollRadianEvents()).as("the recibo del bien").isEqualTo(1);

            List<Received> received = await(receiver, all -> all.stream().filter(Received::accepted).count() >= 2,
                    "two document.radian_event deliveries");
            assertThat(received).hasSize(2);
            received.forEach(request -> assertSignedWith(endpoint.secret(), request));
            JsonNode first = body(received.getFirst());
            assertThat(first.path("type").asString()).isEqualTo("document.radian_event");
            assertThat(first.path("data").path("number").asString()).isEqualTo(credit);
            assertThat(first.path("data").path("status").asString()).isEqualTo("ISSUED");
            assertThat(first.path("data").path("cufe").asString()).hasSize(96);
            assertThat(first.path("data").path("radian_event").path("code").asString()).isEqualTo("030");
            assertThat(first.path("data").path("radian_event").path("name").asString()).isNotBlank();
            assertThat(body(received.get(1)).path("data").path("radian_event").path("code").asString())
                    .as("in the order Factus recorded them").isEqualTo("032");
        }
    }

    @Test
    void eachPollLooksAtMostPerRunInvoicesOfATenant() {
        ApiClient admin = defaultTenantAdmin();
        jobs.pollRadianEvents();
        for (int i = 0; i < 3; i++) {
            issue(admin, true);
        }

        long before = emulator.requests(LOOKS);
        jobs.pollRadianEvents();
        assertThat(emulator.requests(LOOKS) - before).isEqualTo(2);
    }

    private ApiClient defaultTenantAdmin() {
        HttpResponse<String> key = api.asAdmin().send("POST", "/api/v1/api-keys", "{\"name\":\"radian\",\"scopes\":"
                + "[\"tenant:manage\",\"documents:issue\",\"documents:read\"]}", "application/json");
        assertThat(key.statusCode()).as(key.body()).isEqualTo(201);
        return api.withKey(json(key).path("key").asString());
    }

    private static String issue(ApiClient admin, boolean credit) {
        String body = INVOICE.body(reference(), null);
        if (credit) {
            body = body.replace("\"payment_form\": \"cash\",",
                    "\"payment_form\": \"credit\", \"payment_due_date\": \"2027-01-31\",");
            assertThat(body).contains("\"credit\"");
        }
        HttpResponse<String> issued = admin.postJson(INVOICE.route(), body);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return json(issued).path("number").asString();
    }
}
