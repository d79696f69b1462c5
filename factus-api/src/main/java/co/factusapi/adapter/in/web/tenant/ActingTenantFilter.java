package co.factusapi.adapter.in.web.tenant;

import co.factusapi.adapter.in.web.error.ProblemWriter;
import co.factusapi.adapter.in.web.security.CallerAuthentication;
import co.factusapi.application.port.in.ResolveTenantUseCase;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.tenant.Tenant;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the tenant an authenticated request acts for: the tenant of its credentials, or for a platform caller the
 * one named in {@code Factus-Tenant} (like Stripe's {@code Stripe-Account}), else the default tenant. A tenant's
 * credentials never act for another tenant, and a suspended tenant's credentials do nothing at all.
 */
public class ActingTenantFilter extends OncePerRequestFilter {
    public static final String HEADER = "Factus-Tenant";
    /**
     * The tenant a platform user picked in the operations console: set as a request attribute from the console's
     * session, it counts like the header.
     */
    public static final String CHOSEN_TENANT = ActingTenantFilter.class.getName() + ".chosen";
    /** The suspended tenant's name, for the console's page ({@link #SUSPENDED_PAGE}). */
    public static final String SUSPENDED_TENANT = ActingTenantFilter.class.getName() + ".suspended";
    public static final String SUSPENDED_PAGE = "/console/suspended";
    private static final String CONSOLE = "/console";

    private final ResolveTenantUseCase tenants;
    private final ProblemWriter problems;

    public ActingTenantFilter(ResolveTenantUseCase tenants, ProblemWriter problems) {
        this.tenants = tenants;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication authentication)) {
            chain.doFilter(request, response);
            return;
        }
        Caller caller = authentication.caller();
        String named = request.getHeader(HEADER) != null ? request.getHeader(HEADER)
                : (String) request.getAttribute(CHOSEN_TENANT);
        if (named != null && !caller.isPlatform() && !named.strip().equals(caller.tenantId().toString())) {
            problems.write(request, response, HttpStatus.FORBIDDEN,
                    "Only a platform key may act for another tenant: drop the " + HEADER + " header.");
            return;
        }
        Optional<Tenant> tenant = named == null || !caller.isPlatform() ? Optional.of(own(caller)) : named(named);
        if (tenant.isEmpty()) {
            problems.write(request, response, HttpStatus.NOT_FOUND, "There is no tenant " + named.strip() + ".");
            return;
        }
        if (tenant.get().isSuspended() && !(caller.isPlatform() && platformMayTouch(request))) {
            refuseForSuspended(tenant.get(), request, response);
            return;
        }
        try (ActingTenant.Binding ignored = ActingTenant.bind(tenant.get().id())) {
            chain.doFilter(request, response);
        }
    }

    /** The API answers problem+json; a person in the operations console gets a page saying so. */
    private void refuseForSuspended(Tenant tenant, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getRequestURI().startsWith(CONSOLE)) {
            request.setAttribute(SUSPENDED_TENANT, tenant.name());
            request.getRequestDispatcher(SUSPENDED_PAGE).forward(request, response);
            return;
        }
        problems.write(request, response, HttpStatus.FORBIDDEN,
                "The tenant is suspended: it keeps its documents, but nothing can be done for it until resumed.");
    }

    private Tenant own(Caller caller) {
        return caller.isPlatform() ? tenants.defaultTenant()
                : tenants.find(caller.tenantId()).orElseThrow(() -> new IllegalStateException("credentials of a missing tenant"));
    }

    private Optional<Tenant> named(String value) {
        try {
            return tenants.find(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** The platform still reads a suspended tenant's documents and manages the tenant itself. */
    private static boolean platformMayTouch(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod()) || request.getRequestURI().startsWith("/api/v1/tenants");
    }
}
