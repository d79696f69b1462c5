package co.factusapi.adapter.out.persistence.identity;

import static co.factusapi.adapter.out.persistence.identity.JdbcTimestamps.fromColumn;
import static co.factusapi.adapter.out.persistence.identity.JdbcTimestamps.toColumn;

import co.factusapi.application.port.out.ApiKeyRepository;
import co.factusapi.domain.identity.ApiKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import co.factusapi.domain.identity.Scope;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each call is one auto-committed statement: the shortest transaction there is. */
public class JdbcApiKeyRepository implements ApiKeyRepository {
    private static final String COLUMNS = "id, name, public_id, secret_hash, created_at, revoked_at, last_used_at, tenant_id, scopes";

    private final JdbcClient jdbc;

    public JdbcApiKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(ApiKey apiKey) {
        jdbc.sql("INSERT INTO api_keys (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(apiKey.id(), apiKey.name(), apiKey.publicId(), apiKey.secretHash(), toColumn(apiKey.createdAt()),
                        toColumn(apiKey.revokedAt()), toColumn(apiKey.lastUsedAt()), apiKey.tenantId(),
                        scopesColumn(apiKey.scopes()))
                .update();
    }

    @Override
    public List<ApiKey> findAll(UUID tenantId) {
        String tenant = tenantId == null ? "tenant_id IS NULL" : "tenant_id = :tenant";
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_keys WHERE " + tenant + " ORDER BY created_at DESC, id")
                .params(tenantId == null ? Map.of() : Map.of("tenant", tenantId))
                .query(JdbcApiKeyRepository::toApiKey)
                .list();
    }

    @Override
    public Optional<ApiKey> findById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_keys WHERE id = ?")
                .param(id)
                .query(JdbcApiKeyRepository::toApiKey)
                .optional();
    }

    @Override
    public Optional<ApiKey> findByPublicId(String publicId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_keys WHERE public_id = ?")
                .param(publicId)
                .query(JdbcApiKeyRepository::toApiKey)
                .optional();
    }

    @Override
    public void revoke(UUID id, Instant revokedAt) {
        jdbc.sql("UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(toColumn(revokedAt), id)
                .update();
    }

    @Override
    public void recordUse(UUID id, Instant usedAt) {
        // The condition keeps concurrent requests from moving the time backwards.
        jdbc.sql("UPDATE api_keys SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)")
                .params(toColumn(usedAt), id, toColumn(usedAt))
                .update();
    }

    private static ApiKey toApiKey(ResultSet row, int rowNumber) throws SQLException {
        return new ApiKey(row.getObject("id", UUID.class), row.getString("name"), row.getString("public_id"),
                row.getString("secret_hash"), fromColumn(row, "created_at"), fromColumn(row, "revoked_at"),
                fromColumn(row, "last_used_at"), row.getObject("tenant_id", UUID.class), scopes(row.getString("scopes")));
    }

    /** Space-separated scope codes, as in an OAuth {@code scope} parameter. */
    private static String scopesColumn(Set<Scope> scopes) {
        return scopes.stream().map(Scope::code).sorted().collect(Collectors.joining(" "));
    }

    private static Set<Scope> scopes(String column) {
        return Arrays.stream(column.split(" ")).map(code -> Scope.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("unknown scope in database: " + code)))
                .collect(Collectors.toSet());
    }
}
