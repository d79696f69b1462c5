package co.factusapi.testsupport;

import co.factusapi.application.port.out.ApiKeyRepository;
import co.factusapi.domain.identity.ApiKey;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public class InMemoryApiKeyRepository implements ApiKeyRepository {
    private final Map<UUID, ApiKey> byId = new ConcurrentHashMap<>();
    private int recordedUses;
    private int lookups;

    @Override
    public void add(ApiKey apiKey) {
        if (byId.values().stream().anyMatch(stored -> stored.publicId().equals(apiKey.publicId()))) {
            throw new IllegalStateException("duplicate public id");
        }
        byId.put(apiKey.id(), apiKey);
    }

    @Override
    public List<ApiKey> findAll(UUID tenantId) {
        return byId.values().stream()
                .filter(stored -> Objects.equals(stored.tenantId(), tenantId))
                .sorted(Comparator.comparing(ApiKey::createdAt).reversed().thenComparing(ApiKey::id))
                .toList();
    }

    @Override
    public Optional<ApiKey> findById(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<ApiKey> findByPublicId(String publicId) {
        lookups++;
        return byId.values().stream().filter(stored -> stored.publicId().equals(publicId)).findFirst();
    }

    @Override
    public void revoke(UUID id, Instant revokedAt) {
        byId.computeIfPresent(id, (key, stored) -> stored.isRevoked() ? stored : new ApiKey(stored.id(), stored.name(),
                stored.publicId(), stored.secretHash(), stored.createdAt(), revokedAt, stored.lastUsedAt(), stored.tenantId(),
                stored.scopes()));
    }

    @Override
    public void recordUse(UUID id, Instant usedAt) {
        recordedUses++;
        byId.computeIfPresent(id, (key, stored) -> stored.lastUsedAt() != null && !stored.lastUsedAt().isBefore(usedAt)
                ? stored
                : new ApiKey(stored.id(), stored.name(), stored.publicId(), stored.secretHash(), stored.createdAt(),
                        stored.revokedAt(), usedAt, stored.tenantId(), stored.scopes()));
    }

    /** How often a key was read by its public id, to check what the service's cache saves. */
    public int lookups() {
        return lookups;
    }

    /** How often a use was written, to check that busy keys are not written on every request. */
    public int recordedUses() {
        return recordedUses;
    }
}
