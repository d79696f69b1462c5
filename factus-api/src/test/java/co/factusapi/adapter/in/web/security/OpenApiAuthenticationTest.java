package co.factusapi.adapter.in.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.testsupport.ApiClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Every operation the OpenAPI document lists refuses an anonymous call, except the few that are public on purpose. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OpenApiAuthenticationTest {
    private static final Set<String> PUBLIC_OPERATIONS = Set.of("POST /api/v1/auth/login", "GET /actuator/health");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    @LocalServerPort
    private int port;

    @Test
    void everyDocumentedOperationRejectsAnonymousCalls() {
        ApiClient anonymous = new ApiClient(port);
        JsonNode paths = ApiClient.json(anonymous.get("/v3/api-docs")).path("paths");
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String method = operation.getKey().toUpperCase();
                String name = method + " " + path.getKey();
                checked.add(name);
                if (PUBLIC_OPERATIONS.contains(name)) {
                    continue;
                }
                String concrete = path.getKey().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000001");
                HttpResponse<String> response = anonymous.send(method, concrete, "{}", "application/json");
                assertThat(response.statusCode()).as(name).isEqualTo(401);
                assertThat(response.headers().firstValue("Content-Type")).as(name)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(ApiClient.json(response).path("type").asString()).as(name)
                        .isEqualTo("urn:factus-api:problem:unauthorized");
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(10).containsAll(PUBLIC_OPERATIONS).contains(
                "POST /api/v1/debit-notes", "GET /api/v1/debit-notes/{number}/pdf", "POST /api/v1/support-documents",
                "DELETE /api/v1/support-documents/reference/{referenceCode}", "POST /api/v1/adjustment-notes",
                "GET /api/v1/adjustment-notes/{number}/xml");
    }
}
