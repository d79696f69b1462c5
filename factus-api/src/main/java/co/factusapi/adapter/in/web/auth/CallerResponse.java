package co.factusapi.adapter.in.web.auth;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** Who the server takes the caller to be: {@code user:<username>} or {@code api-key:<public id>}, and its scopes. */
public record CallerResponse(String name, List<String> scopes,
                             @Schema(description = "The tenant the credentials belong to; absent for the platform")
                             UUID tenantId,
                             @Schema(description = "The tenant this request acts for (Factus-Tenant header, or the "
                                     + "credentials' own tenant, or for the platform the default tenant)")
                             UUID actingTenantId) {
}
