package co.factusapi.adapter.in.web.security;

import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.identity.Scope;
import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated caller, by API key or bearer token alike: the principal is the {@link Caller} (controllers take
 * it with {@code @AuthenticationPrincipal}), the authorities are its scopes ({@code SCOPE_documents:issue}, ...).
 */
public final class CallerAuthentication extends AbstractAuthenticationToken {
    private static final String PREFIX = "SCOPE_";

    private final Caller caller;

    public CallerAuthentication(Caller caller) {
        super(caller.scopes().stream().map(CallerAuthentication::authority).toList());
        this.caller = caller;
        setAuthenticated(true);
    }

    /** The authority a scope grants, as SecurityConfig names it in its rules. */
    public static String authorityOf(Scope scope) {
        return PREFIX + scope.code();
    }

    private static GrantedAuthority authority(Scope scope) {
        return new SimpleGrantedAuthority(authorityOf(scope));
    }

    public Caller caller() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.name();
    }

    /** The scopes only; {@link #getName()} and the principal say who. */
    static Collection<String> scopeCodes(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith(PREFIX))
                .map(a -> a.substring(PREFIX.length())).sorted().toList();
    }
}
