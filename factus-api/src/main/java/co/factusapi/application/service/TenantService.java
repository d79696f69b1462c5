package co.factusapi.application.service;

import co.factusapi.application.port.in.ResolveTenantUseCase;
import co.factusapi.application.port.out.TenantRepository;
import co.factusapi.domain.tenant.Tenant;
import java.util.Optional;
import java.util.UUID;

/** The tenants of this deployment. */
public final class TenantService implements ResolveTenantUseCase {
    private final TenantRepository tenants;
    private final UUID defaultTenantId;

    public TenantService(TenantRepository tenants, UUID defaultTenantId) {
        this.tenants = tenants;
        this.defaultTenantId = defaultTenantId;
    }

    @Override
    public Optional<Tenant> find(UUID id) {
        return tenants.find(id);
    }

    @Override
    public Tenant defaultTenant() {
        return tenants.find(defaultTenantId).orElseThrow();
    }
}
