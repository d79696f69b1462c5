package co.factusapi.adapter.in.web.auth;

import co.factusapi.domain.identity.ApiKey;
import java.time.Instant;
import co.factusapi.domain.identity.Scope;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** A stored key as listed: its prefix identifies it, neither the key nor its hash is ever shown again. */
public record ApiKeyResponse(UUID id, String name, String prefix, List<String> scopes,
                             @Schema(description = "The key's tenant; absent for a platform key") UUID tenantId,
                             Instant createdAt, Instant revokedAt, Instant lastUsedAt) {
    static ApiKeyResponse from(ApiKey apiKey) {
        return new ApiKeyResponse(apiKey.id(), apiKey.name(), apiKey.prefix(),
                apiKey.scopes().stream().map(Scope::code).sorted().toList(), apiKey.tenantId(), apiKey.createdAt(),
                apiKey.revokedAt(), apiKey.lastUsedAt());
    }
}
