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
import co.factusapi.config.WebhookLeaderJobs;
import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.PostgresEndToEndTest;
import co.factusapi.testsupport.WebhookReceiver;
import co.factusapi.testsupport.WebhookReceiver.Received;
import co.factusapi.testsupport.WebhookTenants;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Compliance alerts and {@code webhook_endpoint.disabled} on PostgreSQL, delivered by the scheduled dispatcher to real
 * receivers and verified with the Standard Webhooks verifier (docs/webhooks.md "Alerts").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "factus-api.webhooks.disable-after=1s",
        // Ranges created at the emulator end two years from today, its seeded ones in 2030: only the created ones
        // are within this window.
        "factus-api.webhooks.alerts.range-expiring-days=740"})
class ComplianceAlertsOnPostgresEndToEndTest extends PostgresEndToEndTest {
    private static final String RANGES = "/api/v1/numbering-ranges";

    @Autowired
    private WebhookLeaderJobs jobs;

    @Test
    void aRangeCrossingTheThresholdAlertsOncePerCrossingNotPerPollOrInvoice() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            ApiClient admin = WebhookTenants.sandbox(api, "Tienda Rango").admin();
            Endpoint endpoint = endpoint(admin, receiver, "numbering_range.low");
            JsonNode setp = setpRange(admin);
            long id = setp.path("id").asLong();
            long to = setp.path("to").asLong();

            moveCurrent(admin, id, to - 59);
            jobs.pollAlerts();
            assertThat(events(admin, "numbering_range.low")).hasSize(1);
            issueInvoice(admin, reference());
            issueInvoice(admin, reference());
            issueInvoice(admin, reference());
            jobs.pollAlerts();
            jobs.pollAlerts();
            assertThat(events(admin, "numbering_range.low")).as("still low: no second alert").hasSize(1);

            moveCurrent(admin, id, to - 5000);
            jobs.pollAlerts();
            assertThat(events(admin, "numbering_range.low")).as("cleared: no alert").hasSize(1);
            moveCurrent(admin, id, to - 9);
            jobs.pollAlerts();
            assertThat(events(admin, "numbering_range.low")).as("crossed again").hasSize(2);

            List<Received> received = await(receiver, all -> all.stream().filter(Received::accepted).count() >= 2,
                    "two numbering_range.low alerts");
            received.forEach(request -> assertSignedWith(endpoint.secret(), request));
            assertThat(received.stream().map(request -> request.header("webhook-id")).distinct()).hasSize(2);
            JsonNode first = body(received.getFirst()).path("data");
            assertThat(type(received.getFirst())).isEqualTo("numbering_range.low");
            assertThat(first.path("id").asLong()).isEqualTo(id);
            assertThat(first.path("prefix").asString()).isEqualTo("SETP");
            assertThat(first.path("to").asLong()).isEqualTo(to);
            assertThat(first.path("current").asLong()).isEqualTo(to - 59);
            assertThat(first.path("remaining").asLong()).isEqualTo(60);
            assertThat(first.path("from").isNumber()).isTrue();
            assertThat(first.path("end_date").asString()).isNotBlank();
            assertThat(body(received.getLast()).path("data").path("remaining").asLong()).isEqualTo(10);
        }
    }

    @Test
    void aRangeEndingWithinTheWindowAlertsOnce() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            ApiClient admin = WebhookTenants.sandbox(api, "Tienda Vence").admin();
            Endpoint endpoint = endpoint(admin, receiver, "numbering_range.expiring");
            HttpResponse<String> created = admin.postJson(RANGES,
                    "{\"document\":\"credit_note\",\"prefix\":\"VNC\",\"current\":1}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long id = json(created).path("id").asLong();

            jobs.pollAlerts();
            jobs.pollAlerts();

            assertThat(events(admin, "numbering_range.expiring")).hasSize(1);
            Received alert = await(receiver, all -> !all.isEmpty(), "the expiring alert").getFirst();
            assertSignedWith(endpoint.secret(), alert);
            assertThat(body(alert).path("data").path("id").asLong()).isEqualTo(id);
            assertThat(body(alert).path("data").path("prefix").asString()).isEqualTo("VNC");
            assertThat(body(alert).path("data").path("end_date").asString()).isNotBlank();
        }
    }

    @Test
    void aV2TenantWithASmallFactusQuotaAlertsOnce() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            WebhookTenants.Onboarded tenant = WebhookTenants.sandbox(api, "Tienda Cupo");
            ApiClient admin = tenant.admin();
            HttpResponse<String> v2 = api.asAdmin().send("PATCH", "/api/v1/tenants/" + tenant.id(),
                    "{\"api_version\":\"v2\"}", "application/json");
            assertThat(v2.statusCode()).as(v2.body()).isEqualTo(200);
            String account = factus.emulator().accounts().stream()
                    .filter(candidate -> candidate.name().equals(tenant.name())).findFirst().orElseThrow().id();
            emulator.call("PUT", "/__emulator/accounts/" + account + "/subscription",
                    "{\"documents\":10,\"expires_on\":\"2027-01-31\"}");
            Endpoint endpoint = endpoint(admin, receiver, "quota.low");

            jobs.pollAlerts();
            jobs.pollAlerts();

            assertThat(events(admin, "quota.low")).hasSize(1);
            Received alert = await(receiver, all -> !all.isEmpty(), "the quota alert").getFirst();
            assertSignedWith(endpoint.secret(), alert);
            JsonNode data = body(alert).path("data");
            assertThat(data.path("remaining").asLong()).isBetween(0L, 10L);
            assertThat(data.path("expires_on").asString()).isEqualTo("2027-01-31");
        }
    }

    private static JsonNode setpRange(ApiClient admin) {
        for (JsonNode range : json(admin.get(RANGES))) {
            if ("SETP".equals(range.path("prefix").asString())) {
                return range;
            }
        }
        throw new AssertionError("no SETP range");
    }

    private static void moveCurrent(ApiClient admin, long id, long current) {
        HttpResponse<String> moved = admin.send("PUT", RANGES + "/" + id, "{\"current\":" + current + "}",
                "application/json");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    }

    /** The tenant's events of a type, as the event log lists them (written by the poll itself, synchronously). */
    private static List<JsonNode> events(ApiClient admin, String type) {
        HttpResponse<String> listed = admin.get("/api/v1/webhook-events?type=" + type);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        List<JsonNode> events = new ArrayList<>();
        json(listed).forEach(events::add);
        return events;
    }

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
