package co.factusapi.application.port.out;

import co.factusapi.domain.tenant.ApiVersion;
import co.factusapi.domain.tenant.FactusCredentials;
import java.util.UUID;

/** The provider accounts tenants issue through. */
public interface ProviderAccounts {

    /**
     * Proves the credentials work (a token grant and a company read) before anything is saved: an
     * InvalidRequestException with the provider's reason when it refuses them, an UpstreamException when it is down.
     */
    void verify(String baseUrl, ApiVersion version, FactusCredentials credentials);

    /** Opens a new account in the embedded sandbox (the emulator) and returns its credentials. */
    FactusCredentials openSandbox(String name);

    /** Forgets what is held for the tenant's account (session, caches): its credentials changed or it went away. */
    void disconnect(UUID tenantId);
}
