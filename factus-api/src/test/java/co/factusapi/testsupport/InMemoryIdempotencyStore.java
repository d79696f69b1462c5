package co.factusapi.testsupport;

import co.factusapi.application.port.out.IdempotencyStore;
import co.factusapi.domain.idempotency.IdempotencyRecord;
import co.factusapi.domain.idempotency.StoredResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Idempotency keys in a map; putIfAbsent plays the database's unique key. */
public class InMemoryIdempotencyStore implements IdempotencyStore {
    private final Map<List<String>, IdempotencyRecord> rows = new ConcurrentHashMap<>();

    @Override
    public boolean insert(IdempotencyRecord record) {
        return rows.putIfAbsent(List.of(record.scope(), record.key()), record) == null;
    }

    @Override
    public Optional<IdempotencyRecord> find(String scope, String key) {
        return Optional.ofNullable(rows.get(List.of(scope, key)));
    }

    @Override
    public void complete(String scope, String key, StoredResponse response) {
        rows.computeIfPresent(List.of(scope, key), (k, r) -> new IdempotencyRecord(r.scope(), r.key(), r.fingerprint(),
                IdempotencyRecord.State.COMPLETED, response, r.owner(), r.createdAt(), r.expiresAt()));
    }

    @Override
    public void delete(String scope, String key) {
        rows.remove(List.of(scope, key));
    }

    @Override
    public boolean deleteIfCreatedAt(String scope, String key, Instant createdAt) {
        IdempotencyRecord current = rows.get(List.of(scope, key));
        return current != null && current.createdAt().equals(createdAt) && rows.remove(List.of(scope, key), current);
    }

    @Override
    public int deleteExpired(Instant now) {
        List<IdempotencyRecord> expired = rows.values().stream().filter(r -> r.expired(now)).toList();
        expired.forEach(r -> rows.remove(List.of(r.scope(), r.key())));
        return expired.size();
    }

    public int size() {
        return rows.size();
    }
}
