package co.factusapi.application.port.out;

import co.factusapi.domain.idempotency.IdempotencyRecord;
import co.factusapi.domain.idempotency.StoredResponse;
import java.time.Instant;
import java.util.Optional;

/** Idempotency keys, shared by every instance of the service: the store's unique key decides concurrent duplicates. */
public interface IdempotencyStore {

    /** Inserts the in-flight record; false when the (scope, key) pair already exists. */
    boolean insert(IdempotencyRecord record);

    Optional<IdempotencyRecord> find(String scope, String key);

    void complete(String scope, String key, StoredResponse response);

    void delete(String scope, String key);

    /** Deletes the record only if it is still the one created at {@code createdAt}; true when it did. */
    boolean deleteIfCreatedAt(String scope, String key, Instant createdAt);

    /** Removes every record that expired before {@code now}; returns how many. */
    int deleteExpired(Instant now);
}
