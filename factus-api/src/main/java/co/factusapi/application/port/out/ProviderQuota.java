package co.factusapi.application.port.out;

import co.factusapi.domain.tenant.DocumentQuota;
import java.util.Optional;

/** The acting tenant's document quota at its provider: empty when the provider's API does not report one. */
public interface ProviderQuota {

    Optional<DocumentQuota> documentQuota();
}
