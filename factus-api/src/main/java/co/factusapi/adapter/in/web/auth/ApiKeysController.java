package co.factusapi.adapter.in.web.auth;

import co.factusapi.adapter.in.web.idempotency.IdempotencyFilter;
import co.factusapi.application.port.in.ManageApiKeysUseCase;
import co.factusapi.domain.identity.IssuedApiKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
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

/** Admin only (enforced in SecurityConfig). */
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
    public ResponseEntity<CreatedApiKeyResponse> create(@RequestBody CreateApiKeyRequest request, Principal caller) {
        IssuedApiKey issued = apiKeys.create(request.name(), caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/api-keys/" + issued.apiKey().id()))
                .body(CreatedApiKeyResponse.from(issued));
    }

    @GetMapping
    @Operation(summary = "List API keys, newest first, without their secrets")
    public List<ApiKeyResponse> list() {
        return apiKeys.list().stream().map(ApiKeyResponse::from).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Show one API key without its secret")
    public ApiKeyResponse get(@PathVariable UUID id) {
        return ApiKeyResponse.from(apiKeys.get(id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke an API key; requests with it are refused from now on")
    public ResponseEntity<Void> revoke(@PathVariable UUID id, Principal caller) {
        apiKeys.revoke(id, caller.getName());
        return ResponseEntity.noContent().build();
    }
}
