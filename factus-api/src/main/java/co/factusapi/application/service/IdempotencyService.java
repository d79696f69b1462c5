package co.factusapi.application.service;

import co.factusapi.application.port.in.IdempotentRequestsUseCase;
import co.factusapi.application.port.out.IdempotencyStore;
import co.factusapi.application.port.out.InstanceRegistry;
import co.factusapi.domain.idempotency.IdempotencyRecord;
import co.factusapi.domain.idempotency.StoredResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Stripe-style idempotency keys. The store's unique key, not a lock in this process, decides which of several
 * concurrent requests runs, so the guarantee holds across instances and restarts.
 */
public final class IdempotencyService implements IdempotentRequestsUseCase {
    private final IdempotencyStore store;
    private final InstanceRegistry instances;
    private final Clock clock;
    private final Duration ttl;
    private final Duration abandonedAfter;

    /**
     * @param abandonedAfter an in-flight key older than this outlived any request; it is taken over. A key whose
     *                       instance is gone is taken over at once. Either way the ledger keeps the new attempt from
     *                       issuing twice.
     */
    public IdempotencyService(IdempotencyStore store, InstanceRegistry instances, Clock clock, Duration ttl,
                              Duration abandonedAfter) {
        this.store = store;
        this.instances = instances;
        this.clock = clock;
        this.ttl = ttl;
        this.abandonedAfter = abandonedAfter;
    }

    @Override
    public Decision begin(String scope, String key, String fingerprint) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Instant now = clock.instant();
            if (store.insert(IdempotencyRecord.inFlight(scope, key, fingerprint, instances.self(), now, now.plus(ttl)))) {
                return new Proceed();
            }
            Optional<IdempotencyRecord> existing = store.find(scope, key);
            if (existing.isEmpty()) {
                continue;
            }
            IdempotencyRecord record = existing.get();
            if (record.expired(now) || abandoned(record, now)) {
                store.deleteIfCreatedAt(scope, key, record.createdAt());
                continue;
            }
            return decide(record, fingerprint);
        }
        return new InFlight();
    }

    private boolean abandoned(IdempotencyRecord record, Instant now) {
        return record.state() == IdempotencyRecord.State.IN_FLIGHT
                && (record.createdAt().plus(abandonedAfter).isBefore(now) || !instances.alive(record.owner()));
    }

    private static Decision decide(IdempotencyRecord record, String fingerprint) {
        if (!record.fingerprint().equals(fingerprint)) {
            return new KeyReused();
        }
        return record.state() == IdempotencyRecord.State.COMPLETED ? new Replay(record.response()) : new InFlight();
    }

    @Override
    public void finish(String scope, String key, StoredResponse response) {
        if (StoredResponse.isFinal(response.status())) {
            store.complete(scope, key, response);
        } else {
            store.delete(scope, key);
        }
    }

    @Override
    public void abandon(String scope, String key) {
        store.delete(scope, key);
    }

    @Override
    public int purgeExpired() {
        return store.deleteExpired(clock.instant());
    }
}
