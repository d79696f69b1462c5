package co.factusapi.adapter.in.web.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** Before authentication it carries the presented key; after, the caller's name ({@code api-key:<public id>}). */
public final class ApiKeyAuthenticationToken extends AbstractAuthenticationToken {
    private final String principalName;
    private String presentedKey;

    private ApiKeyAuthenticationToken(String principalName, String presentedKey,
                                      Collection<? extends GrantedAuthority> authorities, boolean authenticated) {
        super(authorities);
        this.principalName = principalName;
        this.presentedKey = presentedKey;
        setAuthenticated(authenticated);
    }

    public static ApiKeyAuthenticationToken unauthenticated(String presentedKey) {
        return new ApiKeyAuthenticationToken(null, presentedKey, List.of(), false);
    }

    public static ApiKeyAuthenticationToken authenticated(String principalName,
                                                          Collection<? extends GrantedAuthority> authorities) {
        return new ApiKeyAuthenticationToken(principalName, null, authorities, true);
    }

    @Override
    public Object getCredentials() {
        return presentedKey;
    }

    @Override
    public Object getPrincipal() {
        return principalName;
    }

    @Override
    public String getName() {
        return principalName;
    }

    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
        presentedKey = null;
    }
}
