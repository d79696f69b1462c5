package co.factusapi.adapter.in.web.auth;

import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.identity.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication")
public class CallerController {

    @GetMapping("/api/v1/auth/me")
    @Operation(summary = "Show who the credentials you sent belong to, what they may do and which tenant they act for")
    public CallerResponse me(@Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        return new CallerResponse(caller.name(), caller.scopes().stream().map(Scope::code).sorted().toList(),
                caller.tenantId(), ActingTenant.id());
    }
}
