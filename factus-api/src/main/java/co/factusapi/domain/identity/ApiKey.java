package co.factusapi.domain.identity;

import co.factusapi.domain.error.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A machine client's API key as stored: its public id and the hash of its secret, never the secret itself. It
 * belongs to one tenant ({@code tenantId}), or to the platform when null: only a platform key holds
 * {@link Scope#PLATFORM_MANAGE} and may name a tenant to act on.
 */
public record ApiKey(UUID id, String name, String publicId, String secretHash, Instant createdAt, Instant revokedAt,
                     Instant lastUsedAt, UUID tenantId, Set<Scope> scopes) {
    public static final int MAX_NAME_LENGTH = 100;

    public ApiKey {
        Objects.requireNonNull(id, "id");
        requireValidName(name);
        Objects.requireNonNull(publicId, "publicId");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(createdAt, "createdAt");
        scopes = Set.copyOf(scopes);
        if (scopes.isEmpty()) {
            throw InvalidRequestException.of("scopes", "must name at least one scope");
        }
        if (scopes.contains(Scope.PLATFORM_MANAGE) != (tenantId == null)) {
            throw new IllegalArgumentException("platform:manage is the scope of platform keys, and only of them");
        }
    }

    public static ApiKey issue(UUID id, String name, ApiKeyCredential credential, Instant now, UUID tenantId,
                               Set<Scope> scopes) {
        return new ApiKey(id, name, credential.publicId(), credential.secretHash(), now, null, null, tenantId, scopes);
    }

    public boolean isPlatformKey() {
        return tenantId == null;
    }

    public static void requireValidName(String name) {
        if (name == null || name.isBlank()) {
            throw InvalidRequestException.of("name", "is required");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw InvalidRequestException.of("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
    }

    /** The start of the plain key, safe to show so people can tell their keys apart. */
    public String prefix() {
        return ApiKeyCredential.displayPrefix(publicId);
    }

    /** The name recorded as the author of what this key's client does, e.g. {@code api-key:k3j9x2ab}. */
    public String principalName() {
        return "api-key:" + publicId;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean accepts(ApiKeyCredential credential) {
        return !isRevoked() && publicId.equals(credential.publicId()) && credential.matchesHash(secretHash);
    }

    /** Whether the last use is older than the interval, so a busy key is not written on every request. */
    public boolean lastUseOlderThan(Duration interval, Instant now) {
        return lastUsedAt == null || lastUsedAt.plus(interval).isBefore(now);
    }

    public ApiKey withLastUse(Instant usedAt) {
        return new ApiKey(id, name, publicId, secretHash, createdAt, revokedAt, usedAt, tenantId, scopes);
    }

    @Override
    public String toString() {
        return "ApiKey[id=" + id + ", name=" + name + ", publicId=" + publicId + ", tenantId=" + tenantId + ", scopes=" + scopes
                + ", revokedAt=" + revokedAt + "]";
    }
}
