package co.factusapi.adapter.in.web.security;

import co.factusapi.domain.identity.Role;
import co.factusapi.domain.identity.User;
import java.util.List;
import java.util.Optional;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A verified token becomes the caller {@code user:<username>} with the authorities of its {@code roles} claim. */
public class JwtRolesAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {
    /** The claim JwtAccessTokenIssuer writes; named here too so inbound adapters do not depend on outbound ones. */
    private static final String ROLES_CLAIM = "roles";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<String> roleCodes = Optional.ofNullable(jwt.getClaimAsStringList(ROLES_CLAIM))
                .orElse(List.of());
        List<GrantedAuthority> authorities = roleCodes.stream()
                .flatMap(code -> Role.fromCode(code).stream())
                .map(RoleAuthorities::of)
                .toList();
        return new JwtAuthenticationToken(jwt, authorities, User.principalNameOf(jwt.getSubject()));
    }
}
