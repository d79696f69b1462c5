package co.factusapi.adapter.in.web.tenant;

import co.factusapi.application.port.in.TenantOverviewUseCase;
import co.factusapi.domain.tenant.DocumentQuota;
import co.factusapi.domain.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The acting tenant's own status (documents:read, enforced in SecurityConfig): no secrets, no connection details. */
@RestController
@Tag(name = "Tenants")
public class TenantOverviewController {
    private final TenantOverviewUseCase overview;

    public TenantOverviewController(TenantOverviewUseCase overview) {
        this.overview = overview;
    }

    @GetMapping(value = "/api/v1/tenant", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The acting tenant: id, name, NIT, Factus API version, status and, when Factus reports it "
            + "(api_version v2, GET /v2/subscriptions), the document quota of its subscription")
    public TenantOverviewResponse get() {
        return TenantOverviewResponse.from(overview.actingTenant());
    }

    @Schema(name = "TenantOverview")
    record TenantOverviewResponse(UUID id, String name,
                                  @Schema(description = "Absent only for a default tenant made before tenants existed")
                                  String nit, String apiVersion, String status, boolean sandbox,
                                  @Schema(description = "Absent when Factus does not report a quota (api_version v1) "
                                          + "or could not be asked") Quota quota) {
        static TenantOverviewResponse from(TenantOverviewUseCase.Overview overview) {
            Tenant tenant = overview.tenant();
            return new TenantOverviewResponse(tenant.id(), tenant.name(),
                    tenant.nit() == null ? null : tenant.nit().toString(), tenant.apiVersion().code(),
                    tenant.status().name().toLowerCase(Locale.ROOT), tenant.sandbox(),
                    overview.quota().map(Quota::from).orElse(null));
        }
    }

    @Schema(name = "DocumentQuota", description = "The Factus subscription's document quota as Factus reports it")
    record Quota(@Schema(description = "Documents issued under the subscription") Long documentsUsed,
                 @Schema(description = "Documents left; absent when the plan is unlimited") Long documentsRemaining,
                 boolean unlimited,
                 @Schema(description = "The day the subscription expires") LocalDate expiresOn) {
        static Quota from(DocumentQuota quota) {
            return new Quota(quota.documentsUsed(), quota.documentsRemaining(), quota.unlimited(), quota.expiresOn());
        }
    }
}
