package co.factusapi.application.port.in;

import co.factusapi.domain.identity.ApiKey;
import java.util.Optional;

/** A machine client proves who it is with the plain API key it sends on every request. */
public interface AuthenticateApiKeyUseCase {
    /** The live key the text belongs to; empty for a malformed, unknown, wrong or revoked key alike. */
    Optional<ApiKey> authenticate(String presentedKey);
}
