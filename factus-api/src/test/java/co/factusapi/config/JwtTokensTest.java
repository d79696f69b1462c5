package co.factusapi.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.adapter.out.security.JwtAccessTokenIssuer;
import co.factusapi.domain.identity.AccessToken;
import co.factusapi.domain.identity.Role;
import co.factusapi.domain.identity.User;
import co.factusapi.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** The token issuer and the decoder as IdentityConfig wires them: what one signs, the other accepts, until expiry. */
class JwtTokensTest {
    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
    private final IdentityConfig config = new IdentityConfig();
    private final MutableClock clock = new MutableClock(NOW);
    private final JwtProperties properties = new JwtProperties("", Duration.ofMinutes(30), "factus-api");
    private final SecretKey key = config.jwtSigningKey(properties, new MockEnvironment());
    private final JwtEncoder encoder = config.jwtEncoder(key);
    private final User maria = new User(UUID.randomUUID(), "maria", "hash", Role.ADMIN, NOW, null);

    @Test
    void issuedTokenCarriesSubjectRolesIssuerAndExpiry() {
        AccessToken token = config.accessTokenIssuer(encoder, clock, properties).issueFor(maria);

        Jwt jwt = config.jwtDecoder(key, properties, clock).decode(token.value());
        assertThat(jwt.getSubject()).isEqualTo("maria");
        assertThat(jwt.getClaimAsStringList(JwtAccessTokenIssuer.ROLES_CLAIM)).containsExactly("admin");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo("factus-api");
        assertThat(jwt.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(token.validFor()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void decoderRejectsTheTokenOnceItHasExpired() {
        AccessToken token = config.accessTokenIssuer(encoder, clock, properties).issueFor(maria);
        JwtDecoder decoder = config.jwtDecoder(key, properties, clock);

        clock.advance(Duration.ofMinutes(32));

        assertThatThrownBy(() -> decoder.decode(token.value())).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void decoderRejectsAnotherIssuer() {
        JwtProperties otherIssuer = new JwtProperties("", Duration.ofMinutes(30), "someone-else");
        AccessToken token = config.accessTokenIssuer(encoder, clock, otherIssuer).issueFor(maria);

        assertThatThrownBy(() -> config.jwtDecoder(key, properties, clock).decode(token.value()))
                .isInstanceOf(JwtValidationException.class);
    }
}
