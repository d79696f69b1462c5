package co.factusapi.adapter.out.persistence;

import co.factusapi.application.port.out.TenantRepository;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.tenant.ApiVersion;
import co.factusapi.domain.tenant.Nit;
import co.factusapi.domain.tenant.Tenant;
import co.factusapi.domain.tenant.TenantSecrets;
import co.factusapi.domain.tenant.TenantStatus;
import co.factusapi.domain.vault.SealedSecret;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each call is one auto-committed statement. */
public class JdbcTenantRepository implements TenantRepository {
    private static final String COLUMNS = "id, name, nit, status, sandbox, api_version, base_url, client_id, username, "
            + "created_at, updated_at, requests_per_minute";

    private final JdbcClient jdbc;

    public JdbcTenantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Tenant ensure(Tenant wanted) {
        Optional<Tenant> existing = findByName(wanted.name());
        if (existing.isPresent()) {
            return updateConnection(existing.get(), wanted);
        }
        try {
            jdbc.sql("INSERT INTO tenants (" + COLUMNS + ") VALUES (:id, :name, :nit, :status, :sandbox, :version, "
                            + ":url, :client, :username, :created, :updated, :rpm)")
                    .param("id", wanted.id()).param("name", wanted.name())
                    .param("nit", wanted.nit() == null ? null : wanted.nit().toString())
                    .param("status", wanted.status().name()).param("sandbox", wanted.sandbox())
                    .param("version", wanted.apiVersion().code()).param("url", wanted.baseUrl())
                    .param("client", wanted.clientId()).param("username", wanted.username())
                    .param("created", SqlTime.timestamp(wanted.createdAt()))
                    .param("updated", SqlTime.timestamp(wanted.updatedAt()))
                    .param("rpm", wanted.requestsPerMinute())
                .param("version", wanted.apiVersion().code())
                    .update();
            return wanted;
        } catch (DuplicateKeyException raced) {
            return findByName(wanted.name()).orElseThrow();
        }
    }

    private Tenant updateConnection(Tenant stored, Tenant wanted) {
        jdbc.sql("UPDATE tenants SET sandbox = :sandbox, base_url = :url, client_id = :client, username = :username, "
                        + "requests_per_minute = :rpm, api_version = :version WHERE id = :id")
                .param("sandbox", wanted.sandbox()).param("url", wanted.baseUrl()).param("rpm", wanted.requestsPerMinute())
                .param("version", wanted.apiVersion().code())
                .param("client", wanted.clientId()).param("username", wanted.username()).param("id", stored.id())
                .update();
        return find(stored.id()).orElseThrow();
    }

    @Override
    public Optional<Tenant> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tenants WHERE id = :id").param("id", id)
                .query(JdbcTenantRepository::tenant).optional();
    }

    private Optional<Tenant> findByName(String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tenants WHERE name = :name").param("name", name)
                .query(JdbcTenantRepository::tenant).optional();
    }

    @Override
    public List<Tenant> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tenants ORDER BY created_at, id")
                .query(JdbcTenantRepository::tenant).list();
    }

    @Override
    public void add(Tenant tenant, TenantSecrets secrets) {
        try {
            jdbc.sql("INSERT INTO tenants (" + COLUMNS + ", client_secret, password) VALUES (:id, :name, :nit, :status, "
                            + ":sandbox, :version, :url, :client, :username, :created, :updated, :rpm, :secret, :password)")
                    .params(row(tenant, secrets))
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new ConflictException("tenant-exists", "A tenant with this name or NIT already exists.");
        }
    }

    @Override
    public void update(Tenant tenant, TenantSecrets secrets) {
        String setSecrets = secrets == null ? "" : ", client_secret = :secret, password = :password";
        try {
            jdbc.sql("UPDATE tenants SET name = :name, status = :status, base_url = :url, client_id = :client, "
                            + "username = :username, api_version = :version, updated_at = :updated, "
                            + "requests_per_minute = :rpm" + setSecrets
                            + " WHERE id = :id")
                    .params(row(tenant, secrets))
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new ConflictException("tenant-exists", "A tenant with this name or NIT already exists.");
        }
    }

    private static Map<String, Object> row(Tenant tenant, TenantSecrets secrets) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", tenant.id());
        row.put("name", tenant.name());
        row.put("nit", tenant.nit() == null ? null : tenant.nit().toString());
        row.put("status", tenant.status().name());
        row.put("sandbox", tenant.sandbox());
        row.put("version", tenant.apiVersion().code());
        row.put("url", tenant.baseUrl());
        row.put("client", tenant.clientId());
        row.put("username", tenant.username());
        row.put("created", SqlTime.timestamp(tenant.createdAt()));
        row.put("updated", SqlTime.timestamp(tenant.updatedAt()));
        row.put("rpm", tenant.requestsPerMinute());
        row.put("secret", secrets == null ? null : secrets.clientSecret().stored());
        row.put("password", secrets == null ? null : secrets.password().stored());
        return row;
    }

    @Override
    public Optional<TenantSecrets> secrets(UUID id) {
        return jdbc.sql("SELECT client_secret, password FROM tenants WHERE id = :id AND client_secret IS NOT NULL")
                .param("id", id)
                .query((row, n) -> secrets(row)).optional();
    }

    @Override
    public Map<UUID, TenantSecrets> allSecrets() {
        Map<UUID, TenantSecrets> all = new HashMap<>();
        jdbc.sql("SELECT id, client_secret, password FROM tenants WHERE client_secret IS NOT NULL")
                .query((ResultSet row, int n) -> all.put(row.getObject("id", UUID.class), secrets(row))).list();
        return all;
    }

    private static TenantSecrets secrets(ResultSet row) throws SQLException {
        return new TenantSecrets(SealedSecret.parse(row.getString("client_secret")),
                SealedSecret.parse(row.getString("password")));
    }

    @Override
    public boolean hasDocuments(UUID id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM documents WHERE tenant_id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    @Override
    public void delete(UUID id) {
        jdbc.sql("DELETE FROM api_keys WHERE tenant_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM users WHERE tenant_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM tenants WHERE id = :id").param("id", id).update();
    }

    private static Tenant tenant(ResultSet row, int rowNumber) throws SQLException {
        String nit = row.getString("nit");
        return new Tenant(row.getObject("id", UUID.class), row.getString("name"),
                nit == null ? null : new Nit(nit.substring(0, nit.indexOf('-')), nit.charAt(nit.length() - 1) - '0'),
                TenantStatus.valueOf(row.getString("status")), row.getBoolean("sandbox"),
                ApiVersion.fromCode(row.getString("api_version")).orElseThrow(), row.getString("base_url"),
                row.getString("client_id"), row.getString("username"), SqlTime.instant(row, "created_at"),
                SqlTime.instant(row, "updated_at"), row.getObject("requests_per_minute", Integer.class));
    }
}
