package co.factusapi.adapter.in.console;

import co.factusapi.adapter.in.web.security.CallerAuthentication;
import co.factusapi.adapter.in.web.tenant.ActingTenantFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A platform admin picks the tenant the console works for (kept in the session); this hands the choice to
 * {@link ActingTenantFilter} as the API's {@code Factus-Tenant} header would. A tenant's own users always act for their
 * tenant: the filter binds it from their credentials and ignores any choice.
 */
public final class ConsoleTenantChoice extends OncePerRequestFilter {
    static final String SESSION_ATTRIBUTE = ConsoleTenantChoice.class.getName() + ".tenant";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication
                signedIn && signedIn.caller().isPlatform() && session.getAttribute(SESSION_ATTRIBUTE) instanceof String
                tenant) {
            request.setAttribute(ActingTenantFilter.CHOSEN_TENANT, tenant);
        }
        chain.doFilter(request, response);
    }
}
