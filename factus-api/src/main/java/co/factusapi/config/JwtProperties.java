package co.factusapi.config;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code factus-api.jwt.*}: the HS256 signing secret (blank = random per start), the token lifetime and the
 * {@code iss} claim.
 */
@ConfigurationProperties("factus-api.jwt")
public record JwtProperties(String secret, Duration ttl, String issuer) {
    public JwtProperties {
        Objects.requireNonNull(ttl, "factus-api.jwt.ttl is required");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("factus-api.jwt.ttl must be positive");
        }
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("factus-api.jwt.issuer is required");
        }
        secret = secret == null ? "" : secret;
    }

    @Override
    public String toString() {
        return "JwtProperties[ttl=" + ttl + ", issuer=" + issuer + "]";
    }
}
