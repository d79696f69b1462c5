package co.factusapi.config;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.testsupport.ApiClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** FACTUS_API_DOCS_ENABLED=false (production): no OpenAPI document and no Swagger UI, only problem+json 404s. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "FACTUS_API_DOCS_ENABLED=false")
@ActiveProfiles("test")
class ApiDocsSwitchedOffTest {
    @LocalServerPort
    private int port;

    @Test
    void theDocumentAndSwaggerUiAreGone() {
        ApiClient anonymous = new ApiClient(port).anonymous();
        for (String path : new String[] {"/v3/api-docs", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/index.html"}) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
    }
}
