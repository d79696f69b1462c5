package co.factusapi.adapter.in.web.auth;

import co.factusapi.domain.identity.IssuedApiKey;
import java.time.Instant;
import java.util.UUID;

/** The only answer that ever contains the plain {@code key}. */
public record CreatedApiKeyResponse(UUID id, String name, String key, Instant createdAt) {
    static CreatedApiKeyResponse from(IssuedApiKey issued) {
        return new CreatedApiKeyResponse(issued.apiKey().id(), issued.apiKey().name(), issued.plainKey(),
                issued.apiKey().createdAt());
    }

    @Override
    public String toString() {
        return "CreatedApiKeyResponse[id=" + id + ", name=" + name + "]";
    }
}
