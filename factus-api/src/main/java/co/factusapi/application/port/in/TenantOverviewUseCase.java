package co.factusapi.application.port.in;

import co.factusapi.domain.tenant.DocumentQuota;
import co.factusapi.domain.tenant.Tenant;
import java.util.Optional;

/** The acting tenant as its own callers may see it: who it is, its provider API, its status and its quota. */
public interface TenantOverviewUseCase {

    Overview actingTenant();

    /** {@code quota} is empty when the provider does not report one (Factus v1) or could not be asked. */
    record Overview(Tenant tenant, Optional<DocumentQuota> quota) {
    }
}
