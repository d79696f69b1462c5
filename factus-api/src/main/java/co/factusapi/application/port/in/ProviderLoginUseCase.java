package co.factusapi.application.port.in;

import co.factusapi.domain.identity.ProviderToken;

/**
 * Pass-through login to the e-invoicing provider (Factus OAuth), kept for callers of the original service that send
 * their own token in {@code X-Factus-Token}. The server-managed session makes it unnecessary for everyone else.
 */
public interface ProviderLoginUseCase {

    ProviderToken login(String email, String password);

    ProviderToken refresh(String refreshToken);
}
