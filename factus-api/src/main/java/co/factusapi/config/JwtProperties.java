package co.factusapi.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code factus-api.jwt.*}: the HS256 signing secret (unset or blank = a random key per start), the token lifetime
 * and the {@code iss} claim.
 */
@ConfigurationProperties("factus-api.jwt")
public record JwtProperties(String secret, @DefaultValue("1h") Duration ttl, @DefaultValue("factus-api") String issuer) {
    public JwtProperties {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("factus-api.jwt.ttl must be positive");
        }
        if (issuer.isBlank()) {
            throw new IllegalArgumentException("factus-api.jwt.issuer must not be blank");
        }
        secret = secret == null ? "" : secret;
    }

    @Override
    public String toString() {
        return "JwtProperties[ttl=" + ttl + ", issuer=" + issuer + "]";
    }
}
