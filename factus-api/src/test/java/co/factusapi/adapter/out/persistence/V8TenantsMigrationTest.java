package co.factusapi.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * V8 on the embedded default (H2 in PostgreSQL mode), without starting the service: the rows the version before
 * tenants wrote move under the old account, now a tenant. UpgradeToTenantsTest proves the same on PostgreSQL over HTTP.
 */
class V8TenantsMigrationTest {
    private final DataSource h2 = new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:upgrade-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcClient jdbc = JdbcClient.create(h2);

    @Test
    void theOldAccountBecomesATenantThatOwnsEveryOldRow() {
        PreviousVersionDatabase old = PreviousVersionDatabase.writeInto(h2);

        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();

        Map<String, Object> tenant = jdbc.sql("SELECT id, name, status, sandbox, api_version, nit, base_url, updated_at, "
                + "created_at FROM tenants").query().singleRow();
        assertThat(tenant).containsEntry("id", old.accountId()).containsEntry("name", old.accountName())
                .containsEntry("status", "ACTIVE").containsEntry("sandbox", false).containsEntry("api_version", "v1")
                .containsEntry("nit", null).containsEntry("base_url", PreviousVersionDatabase.OLD_BASE_URL);
        assertThat(tenant.get("updated_at")).isEqualTo(tenant.get("created_at"));
        assertThat(count("SELECT COUNT(*) FROM documents WHERE tenant_id = :tenant", old)).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM api_keys WHERE tenant_id = :tenant "
                + "AND scopes = 'documents:issue documents:read'", old)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM users WHERE tenant_id IS NULL AND username = 'admin'", old)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = :tenant", old)).isEqualTo(1);
        // The idempotency scope is now "<tenant id>/<caller>": the old key must keep its answer under that name.
        assertThat(jdbc.sql("SELECT scope FROM idempotency_keys").query(String.class).single())
                .startsWith(old.accountId() + "/api-key:");
    }

    private long count(String sql, PreviousVersionDatabase old) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        if (sql.contains(":tenant")) {
            statement = statement.param("tenant", old.accountId());
        }
        return statement.query(Long.class).single();
    }
}
