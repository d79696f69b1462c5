package co.factusapi.adapter.in.console;

import co.factusapi.application.port.in.ManageTenantsUseCase;
import co.factusapi.application.port.in.ResolveTenantUseCase;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.tenant.Tenant;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page shows around its content: who is signed in, for which tenant, and the tenant picker. */
@ControllerAdvice(basePackageClasses = ConsolePages.class)
public class ConsolePages {
    private final ResolveTenantUseCase tenants;
    private final ManageTenantsUseCase allTenants;

    public ConsolePages(ResolveTenantUseCase tenants, ManageTenantsUseCase allTenants) {
        this.tenants = tenants;
        this.allTenants = allTenants;
    }

    @ModelAttribute("me")
    SignedIn me(@AuthenticationPrincipal Caller caller) {
        return caller == null ? null : SignedIn.of(caller);
    }

    @ModelAttribute("actingTenant")
    Tenant actingTenant() {
        return ActingTenant.current().flatMap(tenants::find).orElse(null);
    }

    /** The platform admin's picker; nobody else chooses. */
    @ModelAttribute("tenants")
    List<Tenant> tenants(@AuthenticationPrincipal Caller caller) {
        return caller != null && caller.isPlatform() ? allTenants.list() : List.of();
    }

    /** The page itself, for the language links and the tenant picker to come back to. */
    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
