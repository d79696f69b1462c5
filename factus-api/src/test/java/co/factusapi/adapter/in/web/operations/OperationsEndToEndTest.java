package co.factusapi.adapter.in.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.InvoiceJson;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** What an operator relies on: probes, per-operation upstream metrics, the API description, correlation ids. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OperationsEndToEndTest {
    @LocalServerPort
    private int port;

    @Test
    void probesArePublicAndReadinessCoversTheDatabaseAndTheFactusToken() {
        ApiClient anonymous = new ApiClient(port).anonymous();
        assertThat(anonymous.get("/actuator/health/liveness").body()).contains("\"UP\"");
        HttpResponse<String> readiness = anonymous.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
    }

    @Test
    void upstreamCallsAreTimedPerOperationAndOutcome() {
        ApiClient api = new ApiClient(port).withNewApiKey();
        assertThat(api.postJson("/api/v1/invoices", InvoiceJson.body("OPS-" + System.nanoTime(), "1137624282", "CC", null))
                .statusCode()).isEqualTo(201);
        ApiClient admin = new ApiClient(port).asAdmin();
        String metrics = admin.get("/actuator/prometheus").body();
        assertThat(metrics).containsPattern("factus_client_requests_seconds_count\\{[^}]*operation=\"bills.validate\"[^}]*outcome=\"success\"");
        assertThat(metrics).containsPattern("factus_client_requests_seconds_count\\{[^}]*operation=\"oauth.token\"");
        assertThat(api.get("/actuator/prometheus").statusCode()).isEqualTo(403);
    }

    @Test
    void requestsAreTimedWithoutAnObservationPerSecurityFilter() {
        ApiClient api = new ApiClient(port).withNewApiKey();
        assertThat(api.postJson("/api/v1/invoices", InvoiceJson.body("OBS-" + System.nanoTime(), "1137624282", "CC", null))
                .statusCode()).isEqualTo(201);
        String metrics = new ApiClient(port).asAdmin().get("/actuator/prometheus").body();
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/invoices\"");
        assertThat(metrics).doesNotContain("spring_security_filterchains").doesNotContain("spring_security_authorizations");
    }

    @Test
    void theApiDescriptionAndSwaggerUiAreServed() {
        ApiClient anonymous = new ApiClient(port).anonymous();
        HttpResponse<String> openApi = anonymous.get("/v3/api-docs");
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/v1/invoices").contains("InvoiceRequest").contains("bearerAuth");
        assertThat(anonymous.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void aSaneCorrelationIdIsEchoedAndAnUnsafeOneReplaced() {
        ApiClient anonymous = new ApiClient(port).anonymous();
        assertThat(anonymous.get("/actuator/health", "X-Correlation-Id", "order-42").headers()
                .firstValue("X-Correlation-Id")).contains("order-42");
        assertThat(anonymous.get("/actuator/health", "X-Correlation-Id", "bad id;<script>").headers()
                .firstValue("X-Correlation-Id")).hasValueSatisfying(id -> assertThat(id)
                        .doesNotContain("bad id").doesNotContain("<script>")
                        .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    }
}
