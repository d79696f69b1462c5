package co.factusapi.application.port.in;

/**
 * Pass-through login to the e-invoicing provider (Factus OAuth), kept for callers of the original service that send
 * their own token in {@code X-Factus-Token}. The server-managed session makes it unnecessary for everyone else.
 */
public interface ProviderLoginUseCase {

    ProviderToken login(String email, String password);

    ProviderToken refresh(String refreshToken);

    /** A provider token as the provider granted it; {@link #toString()} hides the secrets. */
    record ProviderToken(String accessToken, String tokenType, long expiresIn, String refreshToken) {
        @Override
        public String toString() {
            return "ProviderToken[expiresIn=" + expiresIn + "]";
        }
    }
}
