package co.factusapi.adapter.in.web.tenant;

import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.tenant.ApiVersion;
import co.factusapi.domain.tenant.FactusCredentials;
import co.factusapi.domain.tenant.Nit;
import co.factusapi.domain.tenant.Tenant;
import co.factusapi.domain.tenant.TenantRegistration;
import co.factusapi.domain.tenant.TenantStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** The tenant resource on the wire. Secrets go in ({@code factus}) and never come out. */
final class TenantBodies {
    private TenantBodies() {
    }

    @Schema(name = "CreateTenantRequest", example = """
            {"name": "Tienda La 14", "nit": "900123456-8", "sandbox": true}""")
    record CreateRequest(
            @Schema(description = "The business's name, unique in this deployment, 1-100 characters") String name,
            @Schema(description = "NIT with its check digit, e.g. 900123456-8") String nit,
            @Schema(description = "true: the tenant gets its own account in the embedded emulator (no Factus account, "
                    + "nothing reaches DIAN), like Stripe's test mode; then factus must be absent") Boolean sandbox,
            @Schema(description = "Factus API version of the account: v1, or v2 (bills go to Factus's /v2 API)",
                    allowableValues = {"v1", "v2"}, defaultValue = "v1") String apiVersion,
            @Schema(description = "The tenant's Factus account; required unless sandbox") FactusBody factus,
            @Schema(description = "Requests a minute the tenant's Factus account allows (Factus: about 80); the "
                    + "service paces its calls under it. Default: the deployment's factus.allowance setting; 0: "
                    + "no pacing") Integer requestsPerMinute) {

        TenantRegistration toDomain() {
            boolean isSandbox = Boolean.TRUE.equals(sandbox);
            return new TenantRegistration(name, Nit.parse(nit, "nit"), isSandbox, factus == null ? null : factus.baseUrl(),
                    version(apiVersion), factus == null ? null : factus.credentials(), requestsPerMinute);
        }
    }

    @Schema(name = "UpdateTenantRequest", example = """
            {"status": "suspended"}""")
    record UpdateRequest(
            @Schema(description = "active or suspended: a suspended tenant's keys and users get 403, its documents are "
                    + "kept", allowableValues = {"active", "suspended"}) String status,
            @Schema(description = "New Factus credentials (checked with Factus before they replace the old ones)")
            FactusBody factus,
            @Schema(description = "Requests a minute the tenant's Factus account allows; 0: no pacing")
            Integer requestsPerMinute,
            @Schema(description = "Switch the Factus API version of the account (v1 or v2). No data migration: "
                    + "documents issued before stay readable by number", allowableValues = {"v1", "v2"})
            String apiVersion) {

        ApiVersion apiVersionValue() {
            return apiVersion == null ? null : version(apiVersion);
        }

        TenantStatus statusValue() {
            if (status == null) {
                return null;
            }
            return switch (status.toLowerCase(Locale.ROOT)) {
                case "active" -> TenantStatus.ACTIVE;
                case "suspended" -> TenantStatus.SUSPENDED;
                default -> throw InvalidRequestException.of("status", "must be active or suspended");
            };
        }
    }

    @Schema(name = "FactusAccount", description = "Write-only: the secrets are stored sealed and never shown again")
    record FactusBody(@Schema(example = "https://api.factus.com.co") String baseUrl, String clientId,
                      @Schema(accessMode = Schema.AccessMode.WRITE_ONLY) String clientSecret, String username,
                      @Schema(accessMode = Schema.AccessMode.WRITE_ONLY) String password) {

        FactusCredentials credentials() {
            return new FactusCredentials(clientId, clientSecret, username, password);
        }

        @Override
        public String toString() {
            return "FactusBody[baseUrl=" + baseUrl + ", clientId=" + clientId + ", secrets=***]";
        }
    }

    @Schema(name = "Tenant")
    record Response(UUID id, String name, @Schema(description = "Absent only for a default tenant made before tenants "
            + "existed") String nit, String status, boolean sandbox, String apiVersion,
                    @Schema(description = "Absent: the deployment's default allowance") Integer requestsPerMinute,
                    @Schema(description = "Absent for a sandbox tenant") FactusView factus, Instant createdAt,
                    Instant updatedAt) {
        static Response from(Tenant tenant) {
            return new Response(tenant.id(), tenant.name(), tenant.nit() == null ? null : tenant.nit().toString(),
                    tenant.status().name().toLowerCase(Locale.ROOT), tenant.sandbox(), tenant.apiVersion().code(),
                    tenant.requestsPerMinute(),
                    tenant.sandbox() ? null : new FactusView(tenant.baseUrl(), tenant.clientId(), tenant.username()),
                    tenant.createdAt(), tenant.updatedAt());
        }
    }

    @Schema(name = "FactusAccountView", description = "The tenant's Factus connection, without its secrets")
    record FactusView(String baseUrl, String clientId, String username) {
    }

    @Schema(name = "VaultRotation")
    record RotationResponse(String currentKeyId, int resealedTenants) {
    }

    private static ApiVersion version(String code) {
        if (code == null) {
            return ApiVersion.V1;
        }
        return ApiVersion.fromCode(code).orElseThrow(() -> InvalidRequestException.of("api_version", "must be v1 or v2"));
    }
}
