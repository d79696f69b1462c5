package co.factusapi.application.port.in;

import co.factusapi.domain.tenant.Tenant;
import java.util.Optional;
import java.util.UUID;

/** Which tenant a request acts for. */
public interface ResolveTenantUseCase {

    Optional<Tenant> find(UUID id);

    /** The tenant made from the deployment's own FACTUS_* settings; platform callers act for it unless they name one. */
    Tenant defaultTenant();
}
