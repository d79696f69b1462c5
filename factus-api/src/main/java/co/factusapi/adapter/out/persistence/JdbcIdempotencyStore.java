package co.factusapi.adapter.out.persistence;

import co.factusapi.application.port.out.IdempotencyStore;
import co.factusapi.domain.idempotency.IdempotencyRecord;
import co.factusapi.domain.idempotency.StoredResponse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Idempotency keys in SQL: the primary key (scope, idempotency_key) settles races between requests and instances. */
public class JdbcIdempotencyStore implements IdempotencyStore {
    private final JdbcClient jdbc;

    public JdbcIdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(IdempotencyRecord record) {
        try {
            jdbc.sql("INSERT INTO idempotency_keys (scope, idempotency_key, fingerprint, state, owner, created_at, "
                            + "expires_at) VALUES (:scope, :key, :fingerprint, :state, :owner, :created_at, :expires_at)")
                    .param("scope", record.scope())
                    .param("key", record.key())
                    .param("fingerprint", record.fingerprint())
                    .param("state", record.state().name())
                    .param("owner", record.owner())
                    .param("created_at", SqlTime.timestamp(record.createdAt()))
                    .param("expires_at", SqlTime.timestamp(record.expiresAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<IdempotencyRecord> find(String scope, String key) {
        return jdbc.sql("SELECT * FROM idempotency_keys WHERE scope = :scope AND idempotency_key = :key")
                .param("scope", scope)
                .param("key", key)
                .query(JdbcIdempotencyStore::map)
                .optional();
    }

    @Override
    public void complete(String scope, String key, StoredResponse response) {
        jdbc.sql("UPDATE idempotency_keys SET state = :state, response_status = :status, content_type = :content_type, "
                        + "location = :location, response_body = :body WHERE scope = :scope AND idempotency_key = :key")
                .param("state", IdempotencyRecord.State.COMPLETED.name())
                .param("status", response.status())
                .param("content_type", response.contentType())
                .param("location", response.location())
                .param("body", response.body())
                .param("scope", scope)
                .param("key", key)
                .update();
    }

    @Override
    public void delete(String scope, String key) {
        jdbc.sql("DELETE FROM idempotency_keys WHERE scope = :scope AND idempotency_key = :key")
                .param("scope", scope)
                .param("key", key)
                .update();
    }

    @Override
    public boolean deleteIfCreatedAt(String scope, String key, Instant createdAt) {
        return jdbc.sql("DELETE FROM idempotency_keys WHERE scope = :scope AND idempotency_key = :key "
                        + "AND created_at = :created_at")
                .param("scope", scope)
                .param("key", key)
                .param("created_at", SqlTime.timestamp(createdAt))
                .update() == 1;
    }

    @Override
    public int deleteExpired(Instant now) {
        return jdbc.sql("DELETE FROM idempotency_keys WHERE expires_at <= :now")
                .param("now", SqlTime.timestamp(now))
                .update();
    }

    private static IdempotencyRecord map(ResultSet rs, int row) throws SQLException {
        IdempotencyRecord.State state = IdempotencyRecord.State.valueOf(rs.getString("state"));
        StoredResponse response = state == IdempotencyRecord.State.COMPLETED
                ? new StoredResponse(rs.getInt("response_status"), rs.getString("content_type"), rs.getString("location"),
                rs.getString("response_body"))
                : null;
        return new IdempotencyRecord(rs.getString("scope"), rs.getString("idempotency_key"), rs.getString("fingerprint"),
                state, response, rs.getString("owner"), SqlTime.instant(rs, "created_at"), SqlTime.instant(rs, "expires_at"));
    }
}
