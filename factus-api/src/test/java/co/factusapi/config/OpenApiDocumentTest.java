package co.factusapi.config;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.testsupport.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** What a new user meets first in /v3/api-docs and Swagger UI: the front page, the tags in order, an example per body. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OpenApiDocumentTest {
    @LocalServerPort
    private int port;
    @Autowired
    private BuildProperties build;
    private JsonNode document;

    @BeforeEach
    void readTheDocument() {
        document = ApiClient.json(new ApiClient(port).anonymous().get("/v3/api-docs"));
    }

    @Test
    void theFrontPageHasTitleBuildVersionStoryContactAndLicense() {
        JsonNode info = document.path("info");
        assertThat(info.path("title").asString()).isEqualTo("Factus API");
        assertThat(build.getVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(info.path("version").asString()).isEqualTo(build.getVersion());
        assertThat(info.path("description").asString()).contains("POST /api/v1/auth/login")
                .contains("POST /api/v1/api-keys").contains("POST /api/v1/invoices").contains("emulator")
                .contains("README");
        assertThat(info.path("contact").path("name").asString()).isNotBlank();
        assertThat(info.path("license").path("name").asString()).isEqualTo("Proprietary");
    }

    @Test
    void tagsFollowTheOrderAUserWorksIn() {
        List<String> tags = new ArrayList<>();
        document.path("tags").forEach(tag -> tags.add(tag.path("name").asString()));
        assertThat(tags).startsWith("Authentication", "Invoices", "Credit notes").endsWith("Operations")
                .containsSubsequence("Lookups", "Company", "Numbering ranges", "Administration")
                .doesNotContain("Actuator", "API keys", "Audit trail");
        assertThat(OpenApiTags.ORDER).containsSubsequence(tags.stream().filter(OpenApiTags.ORDER::contains).toList());
        document.path("tags").forEach(tag -> assertThat(tag.path("description").asString())
                .as(tag.path("name").asString()).isNotBlank());
    }

    @Test
    void theWebhookEventsAreDescribedWithTheirPayloadAndSignatureHeaders() {
        assertThat(document.path("openapi").asString()).startsWith("3.1");
        JsonNode issued = document.path("webhooks").path("document.issued").path("post");
        assertThat(issued.path("parameters").findValuesAsString("name"))
                .containsExactly("webhook-id", "webhook-timestamp", "webhook-signature");
        assertThat(issued.path("requestBody").path("content").path("application/json").path("schema").path("$ref")
                .asString()).isEqualTo("#/components/schemas/WebhookPayload");
        assertThat(document.path("webhooks").propertyNames()).contains("document.rejected", "document.unknown",
                "document.settled", "document.deleted", "webhook.test", "numbering_range.low",
                "numbering_range.expiring", "quota.low", "webhook_endpoint.disabled");
        assertThat(document.path("components").path("schemas").path("WebhookDocument").path("properties")
                .path("kind").path("enum")).hasSize(5);
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(schemas.path("WebhookNumberingRange").path("properties").propertyNames())
                .contains("id", "document", "prefix", "from", "to", "current", "remaining", "end_date");
        assertThat(schemas.path("WebhookQuota").path("properties").propertyNames())
                .contains("used", "remaining", "expires_on");
        assertThat(schemas.path("WebhookDisabledEndpoint").path("properties").propertyNames())
                .contains("id", "url", "disabled_reason");
    }

    @Test
    void everyJsonRequestBodyHasAnExample() {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode json = operation.getValue().path("requestBody").path("content").path("application/json");
                if (json.isMissingNode()) {
                    continue;
                }
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                checked.add(name);
                assertThat(json.has("example") || schemaOf(json).has("example")).as(name).isTrue();
            }
        }
        assertThat(checked).contains("POST /api/v1/auth/login", "POST /api/v1/api-keys", "PUT /api/v1/company",
                "POST /api/v1/numbering-ranges", "PUT /api/v1/numbering-ranges/{id}", "POST /api/v1/invoices",
                "POST /api/v1/invoices/{number}/send-email", "POST /api/v1/credit-notes");
    }

    @Test
    void healthIsDocumentedAsPublicAndTheOtherOperationsEndpointsAsProtected() {
        JsonNode paths = document.path("paths");
        assertThat(paths.path("/actuator/health").path("get").path("tags").get(0).asString()).isEqualTo("Operations");
        assertThat(paths.path("/actuator/health").path("get").path("security").size()).isZero();
        assertThat(paths.path("/actuator/prometheus").path("get").has("security")).isFalse();
        assertThat(document.path("security").size()).isEqualTo(2);
    }

    private JsonNode schemaOf(JsonNode mediaType) {
        String ref = mediaType.path("schema").path("$ref").asString("");
        return ref.isEmpty() ? mediaType.path("schema")
                : document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }
}
