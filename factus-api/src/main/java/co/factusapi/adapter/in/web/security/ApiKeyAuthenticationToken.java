package co.factusapi.adapter.in.web.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** The presented key, before authentication; once the key is known the caller is a {@link CallerAuthentication}. */
public final class ApiKeyAuthenticationToken extends AbstractAuthenticationToken {
    private String presentedKey;

    private ApiKeyAuthenticationToken(String presentedKey) {
        super(List.of());
        this.presentedKey = presentedKey;
        setAuthenticated(false);
    }

    public static ApiKeyAuthenticationToken unauthenticated(String presentedKey) {
        return new ApiKeyAuthenticationToken(presentedKey);
    }

    @Override
    public Object getCredentials() {
        return presentedKey;
    }

    @Override
    public Object getPrincipal() {
        return null;
    }

    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
        presentedKey = null;
    }
}
