package co.factusapi.adapter.out.security;

import co.factusapi.application.port.out.AccessTokenIssuer;
import co.factusapi.domain.identity.AccessToken;
import co.factusapi.domain.identity.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Signs HS256 JWTs with Spring Security's encoder: {@code sub} is the username, {@code roles} the role codes,
 * {@code tenant} the user's tenant (absent for a platform user).
 */
public class JwtAccessTokenIssuer implements AccessTokenIssuer {
    public static final String ROLES_CLAIM = "roles";
    public static final String TENANT_CLAIM = "tenant";

    private final JwtEncoder encoder;
    private final Clock clock;
    private final Duration timeToLive;
    private final String issuer;

    public JwtAccessTokenIssuer(JwtEncoder encoder, Clock clock, Duration timeToLive, String issuer) {
        this.encoder = encoder;
        this.clock = clock;
        this.timeToLive = timeToLive;
        this.issuer = issuer;
    }

    @Override
    public AccessToken issueFor(User user) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .id(UUID.randomUUID().toString())
                .issuer(issuer)
                .subject(user.username())
                .issuedAt(now)
                .expiresAt(now.plus(timeToLive))
                .claim(ROLES_CLAIM, List.of(user.role().code()));
        if (user.tenantId() != null) {
            claims.claim(TENANT_CLAIM, user.tenantId().toString());
        }
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        return new AccessToken(token, timeToLive);
    }
}
