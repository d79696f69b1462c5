package co.factusapi.application.port.out;

import co.factusapi.domain.tenant.Tenant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenants of this deployment; every document, key, user and audit event belongs to one. */
public interface TenantRepository {

    /**
     * The tenant with this name made to match the deployment's own Factus settings (created on first start, its
     * connection updated on later ones); several instances starting at once agree on one row.
     */
    Tenant ensure(Tenant wanted);

    Optional<Tenant> find(UUID id);

    /** Oldest first. */
    List<Tenant> findAll();
}
