package co.factusapi.adapter.in.web.security;

import co.factusapi.domain.identity.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Our roles as Spring Security authorities: {@code ROLE_ADMIN}, {@code ROLE_USER}. */
final class RoleAuthorities {
    private RoleAuthorities() {
    }

    static GrantedAuthority of(Role role) {
        return new SimpleGrantedAuthority("ROLE_" + role.name());
    }
}
