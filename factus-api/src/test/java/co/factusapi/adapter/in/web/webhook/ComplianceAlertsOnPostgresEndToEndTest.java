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
import co.factusapi.testsupport.PostgresEndToEndTest;
import co.factusapi.testsupport.WebhookReceiver;
import co.factusapi.testsupport.WebhookReceiver.Received;
import co.factusapi.testsupport.WebhookTenants;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Compliance alerts and {@code webhook_endpoint.disabled} on PostgreSQL, delivered by the scheduled dispatcher to real
 * receivers and verified with the Standard Webhooks verifier (docs/webhooks.md "Alerts").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factus-api.webhooks.disable-after=1s")
class ComplianceAlertsOnPostgresEndToEndTest extends PostgresEndToEndTest {

    @Test
    void anEndpointDisabledForFailingIsAnnouncedToTheTenantsOtherEndpointsOnce() {
        try (WebhookReceiver failing = new WebhookReceiver(); WebhookReceiver watcher = new WebhookReceiver()) {
            ApiClient admin = WebhookTenants.sandbox(api, "Tienda Alerta").admin();
            Endpoint broken = endpoint(admin, failing, "document.issued");
            Endpoint other = endpoint(admin, watcher, "webhook_endpoint.disabled", "document.issued");
            failing.down(true);

            issueInvoice(admin, reference());
            List<Received> announced = await(watcher, all -> all.stream()
                    .anyMatch(request -> type(request).equals("webhook_endpoint.disabled")), "the disabled event");

            Received disabled = announced.stream().filter(request -> type(request).equals("webhook_endpoint.disabled"))
                    .findFirst().orElseThrow();
            assertSignedWith(other.secret(), disabled);
            JsonNode data = body(disabled).path("data");
            assertThat(data.path("id").asString()).isEqualTo(broken.id());
            assertThat(data.path("url").asString()).isEqualTo(failing.url("/hooks"));
            assertThat(data.path("disabled_reason").asString()).startsWith("disabled by the service");
            assertThat(body(disabled).path("tenant_id").asString()).isNotBlank();
            assertThat(json(admin.get("/api/v1/webhook-endpoints/" + broken.id())).path("enabled").asBoolean())
                    .isFalse();
            assertThat(failing.received()).noneMatch(request -> type(request).equals("webhook_endpoint.disabled"));
            assertThat(watcher.received().stream().filter(request -> type(request).equals("webhook_endpoint.disabled"))
                    .map(request -> request.header("webhook-id")).distinct()).hasSize(1);
        }
    }

    private static String type(Received request) {
        return body(request).path("type").asString();
    }
}
