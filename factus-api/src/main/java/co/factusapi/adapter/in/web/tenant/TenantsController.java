package co.factusapi.adapter.in.web.tenant;

import co.factusapi.application.port.in.ManageTenantsUseCase;
import co.factusapi.application.port.in.RotateVaultUseCase;
import co.factusapi.domain.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Platform administration (platform:manage, enforced in SecurityConfig): the businesses this deployment serves. */
@RestController
@Tag(name = "Tenants")
public class TenantsController {
    private final ManageTenantsUseCase tenants;
    private final RotateVaultUseCase vault;

    public TenantsController(ManageTenantsUseCase tenants, RotateVaultUseCase vault) {
        this.tenants = tenants;
        this.vault = vault;
    }

    @PostMapping(value = "/api/v1/tenants", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Onboard a business: its Factus credentials are checked with Factus (token and company) "
            + "before anything is saved; a sandbox tenant gets its own emulator account instead")
    public ResponseEntity<TenantBodies.Response> create(@RequestBody TenantBodies.CreateRequest request,
                                                        @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        TenantBodies.Response created = TenantBodies.Response.from(tenants.create(request.toDomain(), caller.name()));
        return ResponseEntity.created(URI.create("/api/v1/tenants/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/tenants")
    @Operation(summary = "List the tenants, oldest first, without their secrets")
    public List<TenantBodies.Response> list() {
        return tenants.list().stream().map(TenantBodies.Response::from).toList();
    }

    @GetMapping("/api/v1/tenants/{id}")
    @Operation(summary = "Show one tenant without its secrets")
    public TenantBodies.Response get(@PathVariable UUID id) {
        return TenantBodies.Response.from(tenants.get(id));
    }

    @PatchMapping(value = "/api/v1/tenants/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Suspend or resume a tenant, rotate its Factus credentials (checked with Factus first), or "
            + "switch its Factus API version (v1 or v2)")
    public TenantBodies.Response update(@PathVariable UUID id, @RequestBody TenantBodies.UpdateRequest request,
                                        @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        ManageTenantsUseCase.Change change = new ManageTenantsUseCase.Change(
                request.factus() == null ? null : request.factus().baseUrl(),
                request.factus() == null ? null : request.factus().credentials(), request.statusValue(),
                request.requestsPerMinute(), request.apiVersionValue());
        return TenantBodies.Response.from(tenants.update(id, change, caller.name()));
    }

    @DeleteMapping("/api/v1/tenants/{id}")
    @Operation(summary = "Delete a tenant that never issued a document (one that did must be kept: suspend it)")
    public ResponseEntity<Void> delete(@PathVariable UUID id,
                                       @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        tenants.delete(id, caller.name());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/admin/vault/rotate")
    @Operation(summary = "Re-seal every stored secret under the current master key (with a key file: a new key first)")
    public TenantBodies.RotationResponse rotateVault(@Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        RotateVaultUseCase.Rotation rotation = vault.rotate(caller.name());
        return new TenantBodies.RotationResponse(rotation.currentKeyId(), rotation.resealedTenants());
    }
}
