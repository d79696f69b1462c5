package co.factusapi.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The tags of the OpenAPI document in the order a user works: sign in, issue documents, look codes up, set the account
 * up, administer, operate. Swagger UI shows them in this order. A controller joins a group with {@code @Tag(name =
 * "Debit notes")} and describes it there; the descriptions here are for groups that span controllers or have none. A
 * tag no operation uses is left out (no empty section), and a tag not listed here comes before "Operations".
 */
final class OpenApiTags {
    static final String OPERATIONS = "Operations";
    static final List<String> ORDER = List.of("Authentication", "Invoices", "Credit notes", "Debit notes",
            "Support documents", "Adjustment notes", "Documents", "Lookups", "Company", "Numbering ranges",
            "Administration", "Webhooks", "Tenants", "Factus session (compatibility)", OPERATIONS);
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "Administration", "The tenant's API keys for machine clients (sent as the X-API-Key header), with their "
                    + "scopes, and the audit trail of who did what, and when (tenant:manage)",
            "Webhooks", "Endpoints that receive the tenant's document events, signed per Standard Webhooks "
                    + "(webhook-id, webhook-timestamp, webhook-signature), retried for 3 days; payloads and signature "
                    + "checks in docs/webhooks.md (tenant:manage)",
            "Tenants", "The businesses this deployment serves, each with its own Factus account, and the vault of "
                    + "their secrets (platform:manage). A platform key acts for one tenant by naming it in the "
                    + "Factus-Tenant header (docs/tenants.md)",
            OPERATIONS, "Health probes for orchestrators (public); metrics and build information (platform:manage)");

    private OpenApiTags() {
    }

    static void arrange(OpenAPI openApi) {
        Map<String, Tag> given = new LinkedHashMap<>();
        if (openApi.getTags() != null) {
            openApi.getTags().forEach(tag -> given.put(tag.getName(), tag));
        }
        Set<String> used = usedTags(openApi);
        List<Tag> arranged = new ArrayList<>();
        for (String name : ORDER) {
            if (used.remove(name)) {
                Tag tag = given.getOrDefault(name, new Tag().name(name));
                if (tag.getDescription() == null) {
                    tag.setDescription(DESCRIPTIONS.get(name));
                }
                arranged.add(tag);
            }
        }
        int beforeOperations = arranged.isEmpty() || !arranged.getLast().getName().equals(OPERATIONS)
                ? arranged.size() : arranged.size() - 1;
        arranged.addAll(beforeOperations, used.stream()
                .map(name -> given.getOrDefault(name, new Tag().name(name))).toList());
        openApi.setTags(arranged);
    }

    private static Set<String> usedTags(OpenAPI openApi) {
        Set<String> used = new LinkedHashSet<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(path -> path.readOperations().stream()
                    .map(Operation::getTags).filter(Objects::nonNull).forEach(used::addAll));
        }
        return used;
    }
}
