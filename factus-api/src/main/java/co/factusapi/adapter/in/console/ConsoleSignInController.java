package co.factusapi.adapter.in.console;

import co.factusapi.adapter.in.web.security.CallerAuthentication;
import co.factusapi.adapter.in.web.tenant.ActingTenantFilter;
import co.factusapi.application.port.in.ManageTenantsUseCase;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The sign-in page (Spring Security's form login posts to the same address and handles the answer), the page of a
 * refused request, and the platform admin's choice of tenant.
 */
@Controller
public class ConsoleSignInController {
    private final ManageTenantsUseCase tenants;

    public ConsoleSignInController(ManageTenantsUseCase tenants) {
        this.tenants = tenants;
    }

    @GetMapping("/console/sign-in")
    String signIn(Authentication authentication) {
        return authentication instanceof CallerAuthentication ? "redirect:/console" : "console/sign-in";
    }

    /** Any method: Spring Security forwards the refused request here as it came, a POST included. */
    @RequestMapping("/console/denied")
    String denied() {
        return "console/denied";
    }

    /** Where the acting-tenant filter sends a person whose tenant is suspended, whatever they asked for. */
    @RequestMapping(ActingTenantFilter.SUSPENDED_PAGE)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String suspended(HttpServletRequest request, Model model) {
        model.addAttribute("suspendedTenant", request.getAttribute(ActingTenantFilter.SUSPENDED_TENANT));
        return "console/suspended";
    }

    /** Only a platform admin reaches this (the security chain); an unknown id is a 404 from the use case. */
    @PostMapping("/console/tenant")
    String chooseTenant(@RequestParam UUID tenant, HttpSession session) {
        session.setAttribute(ConsoleTenantChoice.SESSION_ATTRIBUTE, tenants.get(tenant).id().toString());
        return "redirect:/console";
    }
}
