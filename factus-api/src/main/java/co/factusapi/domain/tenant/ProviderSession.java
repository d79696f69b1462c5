package co.factusapi.domain.tenant;

import java.time.Instant;
import java.util.Objects;

/**
 * A tenant's signed-in session at its e-invoicing provider (an OAuth access token, the refresh token when the provider
 * gave one, and when the access token expires), kept so every instance uses the same one. Never printed.
 */
public record ProviderSession(String accessToken, String refreshToken, Instant expiresAt) {
    public ProviderSession {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "ProviderSession[expiresAt=" + expiresAt + "]";
    }
}
