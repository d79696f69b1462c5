package co.factusapi.adapter.out.persistence.identity;

import static co.factusapi.adapter.out.persistence.identity.JdbcTimestamps.fromColumn;
import static co.factusapi.adapter.out.persistence.identity.JdbcTimestamps.toColumn;

import co.factusapi.application.port.out.UserRepository;
import co.factusapi.domain.identity.Role;
import co.factusapi.domain.identity.User;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each call is one auto-committed statement: the shortest transaction there is. */
public class JdbcUserRepository implements UserRepository {
    private final JdbcClient jdbc;

    public JdbcUserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return jdbc.sql("SELECT id, username, password_hash, role, created_at, tenant_id FROM users WHERE username = ?")
                .param(username)
                .query(JdbcUserRepository::toUser)
                .optional();
    }

    @Override
    public boolean anyExists() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM users)").query(Boolean.class).single();
    }

    @Override
    public boolean add(User user) {
        try {
            jdbc.sql("INSERT INTO users (id, username, password_hash, role, created_at, tenant_id) "
                            + "VALUES (?, ?, ?, ?, ?, ?)")
                    .params(user.id(), user.username(), user.passwordHash(), user.role().code(), toColumn(user.createdAt()),
                            user.tenantId())
                    .update();
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    @Override
    public List<User> findAll(UUID tenantId) {
        String tenant = tenantId == null ? "tenant_id IS NULL" : "tenant_id = :tenant";
        return jdbc.sql("SELECT id, username, password_hash, role, created_at, tenant_id FROM users WHERE " + tenant
                        + " ORDER BY username")
                .params(tenantId == null ? Map.of() : Map.of("tenant", tenantId))
                .query(JdbcUserRepository::toUser)
                .list();
    }

    @Override
    public Optional<User> findById(UUID id) {
        return jdbc.sql("SELECT id, username, password_hash, role, created_at, tenant_id FROM users WHERE id = :id")
                .param("id", id)
                .query(JdbcUserRepository::toUser)
                .optional();
    }

    @Override
    public void delete(UUID id) {
        jdbc.sql("DELETE FROM users WHERE id = :id").param("id", id).update();
    }

    private static User toUser(ResultSet row, int rowNumber) throws SQLException {
        String role = row.getString("role");
        return new User(row.getObject("id", UUID.class), row.getString("username"), row.getString("password_hash"),
                Role.fromCode(role).orElseThrow(() -> new IllegalStateException("unknown role in database: " + role)),
                fromColumn(row, "created_at"), row.getObject("tenant_id", UUID.class));
    }
}
