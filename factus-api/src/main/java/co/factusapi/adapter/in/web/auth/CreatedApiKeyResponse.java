package co.factusapi.adapter.in.web.auth;

import co.factusapi.domain.identity.IssuedApiKey;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The only answer that ever contains the plain {@code key}. */
public record CreatedApiKeyResponse(UUID id, String name, String key, List<String> scopes, UUID tenantId,
                                    Instant createdAt) {
    static CreatedApiKeyResponse from(IssuedApiKey issued) {
        ApiKeyResponse stored = ApiKeyResponse.from(issued.apiKey());
        return new CreatedApiKeyResponse(stored.id(), stored.name(), issued.plainKey(), stored.scopes(),
                stored.tenantId(), stored.createdAt());
    }

    @Override
    public String toString() {
        return "CreatedApiKeyResponse[id=" + id + ", name=" + name + "]";
    }
}
