package co.factusapi.domain.idempotency;

import java.time.Instant;
import java.util.Objects;

/**
 * One idempotency key of one caller: the fingerprint of the request that first used it and, once that request
 * finished, its stored answer.
 */
public record IdempotencyRecord(String scope, String key, String fingerprint, State state, StoredResponse response,
                                Instant createdAt, Instant expiresAt) {
    public enum State { IN_FLIGHT, COMPLETED }

    public IdempotencyRecord {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(state, "state");
    }

    public static IdempotencyRecord inFlight(String scope, String key, String fingerprint, Instant now, Instant expiresAt) {
        return new IdempotencyRecord(scope, key, fingerprint, State.IN_FLIGHT, null, now, expiresAt);
    }

    public boolean expired(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
