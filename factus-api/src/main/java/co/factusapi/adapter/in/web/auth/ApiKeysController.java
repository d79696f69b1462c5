package co.factusapi.adapter.in.web.auth;

import co.factusapi.adapter.in.web.idempotency.IdempotencyFilter;
import co.factusapi.application.port.in.ManageApiKeysUseCase;
import co.factusapi.domain.identity.IssuedApiKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import co.factusapi.domain.identity.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.RequestParam;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tenant administration (tenant:manage, enforced in SecurityConfig): the acting tenant's keys. */
@RestController
@RequestMapping("/api/v1/api-keys")
@Tag(name = "Administration")
public class ApiKeysController {
    private final ManageApiKeysUseCase apiKeys;

    public ApiKeysController(ManageApiKeysUseCase apiKeys) {
        this.apiKeys = apiKeys;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Parameter(name = IdempotencyFilter.HEADER, in = ParameterIn.HEADER, description = IdempotencyFilter.DESCRIPTION)
    @Operation(summary = "Create an API key; the plain key is in this answer only")
    public ResponseEntity<CreatedApiKeyResponse> create(@RequestBody CreateApiKeyRequest request,
                                                        @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        IssuedApiKey issued = apiKeys.create(request.name(), request.scopeSet(), caller);
        return ResponseEntity.created(URI.create("/api/v1/api-keys/" + issued.apiKey().id()))
                .body(CreatedApiKeyResponse.from(issued));
    }

    @GetMapping
    @Operation(summary = "List the tenant's API keys (or, for the platform, its own keys), newest first, without secrets")
    public List<ApiKeyResponse> list(@Parameter(description = "Platform callers only: list the platform keys instead")
                                     @RequestParam(name = "platform", defaultValue = "false") boolean platformKeys,
                                     @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        return apiKeys.list(caller, platformKeys).stream().map(ApiKeyResponse::from).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Show one API key without its secret")
    public ApiKeyResponse get(@PathVariable UUID id, @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        return ApiKeyResponse.from(apiKeys.get(id, caller));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke an API key; requests with it are refused from now on")
    public ResponseEntity<Void> revoke(@PathVariable UUID id,
                                       @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        apiKeys.revoke(id, caller);
        return ResponseEntity.noContent().build();
    }
}
