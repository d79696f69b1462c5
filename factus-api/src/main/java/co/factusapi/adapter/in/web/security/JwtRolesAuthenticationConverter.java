package co.factusapi.adapter.in.web.security;

import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.identity.Role;
import co.factusapi.domain.identity.Scope;
import co.factusapi.domain.identity.User;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A verified token becomes the caller {@code user:<username>} of the tenant in its {@code tenant} claim (none: a
 * platform user) with the scopes of its {@code roles} claim.
 */
public class JwtRolesAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {
    /** The claims JwtAccessTokenIssuer writes; named here too so inbound adapters do not depend on outbound ones. */
    private static final String ROLES_CLAIM = "roles";
    private static final String TENANT_CLAIM = "tenant";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        UUID tenant = Optional.ofNullable(jwt.getClaimAsString(TENANT_CLAIM)).map(UUID::fromString).orElse(null);
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        Optional.ofNullable(jwt.getClaimAsStringList(ROLES_CLAIM)).orElse(List.of()).stream()
                .flatMap(code -> Role.fromCode(code).stream())
                .forEach(role -> scopes.addAll(Scope.ofUser(role, tenant == null)));
        return new CallerAuthentication(new Caller(User.principalNameOf(jwt.getSubject()), tenant, scopes));
    }
}
