package co.factusapi.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.util.List;
import java.util.Map;

/**
 * The actuator endpoints in the OpenAPI document (OWASP API9: every exposed endpoint is in the inventory), grouped
 * under "Operations" instead of springdoc's "Actuator", with what they are for and who may call them. Health is
 * public for orchestrators; everything else needs the admin role (SecurityConfig).
 */
final class ActuatorOperations {
    private static final String SPRINGDOC_TAG = "Actuator";
    private static final String HEALTH = "/actuator/health";
    private static final Map<String, String> SUMMARIES = Map.of(
            "/actuator", "Links to the operations endpoints (admin)",
            HEALTH, "Health, public; the probes are /actuator/health/liveness and /actuator/health/readiness",
            "/actuator/info", "Build information: artifact, version and build time (admin)",
            "/actuator/metrics", "Names of the metrics (admin)",
            "/actuator/metrics/{requiredMetricName}", "One metric with its tags (admin)",
            "/actuator/prometheus", "Every metric in the Prometheus format, for a scraper with an admin token (admin)");

    private ActuatorOperations() {
    }

    static void describe(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperations().stream()
                .filter(operation -> operation.getTags() != null && operation.getTags().contains(SPRINGDOC_TAG))
                .forEach(operation -> describe(path, operation)));
    }

    private static void describe(String path, Operation operation) {
        operation.setTags(List.of(OpenApiTags.OPERATIONS));
        operation.setSummary(SUMMARIES.getOrDefault(path, operation.getSummary()));
        if (path.equals(HEALTH)) {
            operation.setSecurity(List.of());
        }
    }
}
