package co.factusapi.application.service;

import co.factusapi.application.port.in.TenantOverviewUseCase;
import co.factusapi.application.port.out.ProviderQuota;
import co.factusapi.application.port.out.TenantRepository;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.tenant.Tenant;

/** Reads the acting tenant and asks its provider for the document quota (fails closed with no acting tenant). */
public final class TenantOverviewService implements TenantOverviewUseCase {
    private final TenantRepository tenants;
    private final ProviderQuota quota;

    public TenantOverviewService(TenantRepository tenants, ProviderQuota quota) {
        this.tenants = tenants;
        this.quota = quota;
    }

    @Override
    public Overview actingTenant() {
        Tenant tenant = tenants.find(ActingTenant.id())
                .orElseThrow(() -> new NotFoundException("The acting tenant does not exist."));
        return new Overview(tenant, quota.documentQuota());
    }
}
