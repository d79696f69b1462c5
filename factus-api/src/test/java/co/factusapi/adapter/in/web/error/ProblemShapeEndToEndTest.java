package co.factusapi.adapter.in.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.testsupport.ApiClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * A problem looks the same whoever writes it: the controller advice, Spring MVC's own exceptions, the security entry
 * point, a servlet filter, the error controller or Tomcat's error valve. Same fields, same type scheme, the caller's
 * correlation id and the path asked for as {@code instance}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProblemShapeEndToEndTest {
    private static final String CORRELATION = "X-Correlation-Id";
    @LocalServerPort
    private int port;

    @Test
    void theControllerAdviceAndSpringMvcExceptions() {
        ApiClient api = new ApiClient(port).withNewApiKey();
        assertShape(api.get("/api/v1/invoices/SETP404404404", CORRELATION, "advice-1"),
                404, "not-found", "/api/v1/invoices/SETP404404404", "advice-1");
        assertShape(api.send("PATCH", "/api/v1/invoices", "{}", "application/json", CORRELATION, "mvc-1"),
                405, "method-not-allowed", "/api/v1/invoices", "mvc-1");
    }

    @Test
    void theSecurityEntryPointAndAccessDeniedHandler() {
        ApiClient api = new ApiClient(port).withNewApiKey();
        assertShape(api.anonymous().get("/api/v1/invoices", CORRELATION, "security-1"),
                401, "unauthorized", "/api/v1/invoices", "security-1");
        assertShape(api.get("/api/v1/api-keys", CORRELATION, "security-2"),
                403, "forbidden", "/api/v1/api-keys", "security-2");
    }

    @Test
    void aServletFilter() {
        ApiClient api = new ApiClient(port).withNewApiKey();
        String huge = "{\"reference_code\":\"" + "x".repeat(300 * 1024) + "\"}";
        assertShape(api.send("POST", "/api/v1/invoices", huge, "application/json", CORRELATION, "filter-1"),
                413, "payload-too-large", "/api/v1/invoices", "filter-1");
        assertShape(api.send("POST", "/api/v1/invoices", "{}", "application/json", "Idempotency-Key", "bad key",
                CORRELATION, "filter-2"), 422, "validation-error", "/api/v1/invoices", "filter-2");
    }

    @Test
    void anUnknownRouteThroughTheErrorControllerAndTomcatsOwnRefusal() {
        ApiClient api = new ApiClient(port).withNewApiKey();
        assertShape(api.get("/nowhere", CORRELATION, "error-1"), 404, "not-found", "/nowhere", "error-1");

        // Refused by Tomcat before any filter: no correlation id was given out yet.
        HttpResponse<String> refused = api.get("/api/v1/invoices/a%2Fb");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = ApiClient.json(refused);
        assertThat(problem.path("type").asString()).isEqualTo("urn:factus-api:problem:bad-request");
        assertThat(problem.path("title").asString()).isEqualTo("Bad Request");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asString()).isEqualTo("The request could not be handled.");
    }

    private static void assertShape(HttpResponse<String> response, int status, String code, String instance,
                                    String correlationId) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.path("type").asString()).isEqualTo("urn:factus-api:problem:" + code);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.path("instance").asString()).isEqualTo(instance);
        assertThat(problem.path("correlation_id").asString()).isEqualTo(correlationId);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
