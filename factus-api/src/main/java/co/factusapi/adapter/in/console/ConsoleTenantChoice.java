package co.factusapi.adapter.in.console;

import co.factusapi.adapter.in.web.security.CallerAuthentication;
import co.factusapi.adapter.in.web.tenant.ActingTenantFilter;
import co.factusapi.application.port.in.ResolveTenantUseCase;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A platform admin picks the tenant the console works for (kept in the session); this hands the choice to
 * {@link ActingTenantFilter} as the API's {@code Factus-Tenant} header would. A tenant's own users always act for their
 * tenant: the filter binds it from their credentials and ignores any choice. A picked tenant deleted since is
 * forgotten, and the console goes back to the default tenant.
 */
public final class ConsoleTenantChoice extends OncePerRequestFilter {
    static final String SESSION_ATTRIBUTE = ConsoleTenantChoice.class.getName() + ".tenant";

    private final ResolveTenantUseCase tenants;

    public ConsoleTenantChoice(ResolveTenantUseCase tenants) {
        this.tenants = tenants;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication
                signedIn && signedIn.caller().isPlatform() && session.getAttribute(SESSION_ATTRIBUTE) instanceof String
                tenant) {
            if (tenants.find(UUID.fromString(tenant)).isPresent()) {
                request.setAttribute(ActingTenantFilter.CHOSEN_TENANT, tenant);
            } else {
                session.removeAttribute(SESSION_ATTRIBUTE);
            }
        }
        chain.doFilter(request, response);
    }
}
