package co.factusapi.domain.idempotency;

import java.time.Instant;
import java.util.Objects;

/**
 * One idempotency key of one caller: the fingerprint of the request that first used it, the instance running it
 * while it is in flight ({@code owner}) and, once that request finished, its stored answer.
 */
public record IdempotencyRecord(String scope, String key, String fingerprint, State state, StoredResponse response,
                                String owner, Instant createdAt, Instant expiresAt) {
    public enum State { IN_FLIGHT, COMPLETED }

    public IdempotencyRecord {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(state, "state");
    }

    public static IdempotencyRecord inFlight(String scope, String key, String fingerprint, String owner, Instant now,
                                             Instant expiresAt) {
        return new IdempotencyRecord(scope, key, fingerprint, State.IN_FLIGHT, null, owner, now, expiresAt);
    }

    public boolean expired(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
