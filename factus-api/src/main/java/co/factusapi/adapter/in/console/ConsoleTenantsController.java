package co.factusapi.adapter.in.console;

import co.factusapi.application.port.in.ManageTenantsUseCase;
import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.tenant.Tenant;
import co.factusapi.domain.tenant.TenantStatus;
import java.util.Comparator;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform's tenants (platform admins only, as {@code /api/v1/tenants}): each one's state, Factus API version and
 * request allowance, and suspend or resume. A suspended tenant's keys and users are refused until it is resumed.
 */
@Controller
public class ConsoleTenantsController {
    private final ManageTenantsUseCase tenants;

    public ConsoleTenantsController(ManageTenantsUseCase tenants) {
        this.tenants = tenants;
    }

    /** {@code requestsPerMinute}: null when the platform's default allowance applies, 0 for unlimited. */
    record TenantRow(UUID id, String name, String nit, String status, boolean sandbox, String apiVersion,
                     Integer requestsPerMinute, String createdAt) {
        static TenantRow of(Tenant tenant) {
            // The version as text: only the tenant's own code may depend on ApiVersion (DependencyRuleTest).
            return new TenantRow(tenant.id(), tenant.name(), tenant.nit() == null ? "" : tenant.nit().toString(),
                    tenant.status().name(), tenant.sandbox(), String.valueOf(tenant.apiVersion()),
                    tenant.requestsPerMinute(), ConsoleFormat.time(tenant.createdAt()));
        }
    }

    @GetMapping("/console/tenants")
    String list(Model model) {
        model.addAttribute("tenantRows", tenants.list().stream().sorted(Comparator.comparing(Tenant::name))
                .map(TenantRow::of).toList());
        return "console/tenants";
    }

    @PostMapping("/console/tenants/{id}/status")
    String status(@PathVariable UUID id, @RequestParam TenantStatus status, @AuthenticationPrincipal Caller caller,
                  RedirectAttributes next) {
        tenants.update(id, new ManageTenantsUseCase.Change(null, null, status, null), caller.name());
        next.addFlashAttribute(ActionOutcome.FLASH, ActionOutcome.done(status == TenantStatus.SUSPENDED
                ? "tenants.suspended" : "tenants.resumed", null));
        return "redirect:/console/tenants";
    }
}
