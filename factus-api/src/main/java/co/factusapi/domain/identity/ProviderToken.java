package co.factusapi.domain.identity;

/** A token the e-invoicing provider granted, as it granted it; {@link #toString()} hides the secrets. */
public record ProviderToken(String accessToken, String tokenType, long expiresIn, String refreshToken) {
    @Override
    public String toString() {
        return "ProviderToken[expiresIn=" + expiresIn + "]";
    }
}
