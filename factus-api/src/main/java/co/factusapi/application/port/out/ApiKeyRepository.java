package co.factusapi.application.port.out;

import co.factusapi.domain.identity.ApiKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The API keys of machine clients, stored by public id and secret hash. */
public interface ApiKeyRepository {
    void add(ApiKey apiKey);

    /** The keys of one tenant (null: the platform keys), newest first. */
    List<ApiKey> findAll(UUID tenantId);

    Optional<ApiKey> findById(UUID id);

    Optional<ApiKey> findByPublicId(String publicId);

    /** Sets the revocation time unless the key is already revoked. */
    void revoke(UUID id, Instant revokedAt);

    void recordUse(UUID id, Instant usedAt);
}
