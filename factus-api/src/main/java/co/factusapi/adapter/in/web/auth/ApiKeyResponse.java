package co.factusapi.adapter.in.web.auth;

import co.factusapi.domain.identity.ApiKey;
import java.time.Instant;
import java.util.UUID;

/** A stored key as listed: its prefix identifies it, neither the key nor its hash is ever shown again. */
public record ApiKeyResponse(UUID id, String name, String prefix, Instant createdAt, Instant revokedAt,
                             Instant lastUsedAt) {
    static ApiKeyResponse from(ApiKey apiKey) {
        return new ApiKeyResponse(apiKey.id(), apiKey.name(), apiKey.prefix(), apiKey.createdAt(), apiKey.revokedAt(),
                apiKey.lastUsedAt());
    }
}
