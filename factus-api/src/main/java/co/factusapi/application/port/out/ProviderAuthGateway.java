package co.factusapi.application.port.out;

import co.factusapi.domain.identity.ProviderToken;

/** The provider's own OAuth endpoint, for callers that manage a provider session themselves (compatibility). */
public interface ProviderAuthGateway {

    ProviderToken passwordGrant(String username, String password);

    ProviderToken refreshGrant(String refreshToken);
}
