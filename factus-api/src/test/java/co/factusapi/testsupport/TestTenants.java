package co.factusapi.testsupport;

import co.factusapi.adapter.out.persistence.JdbcTenantRepository;
import co.factusapi.domain.tenant.ApiVersion;
import co.factusapi.domain.tenant.Tenant;
import co.factusapi.domain.tenant.TenantStatus;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tenants for tests: a sandbox tenant with a fresh name. */
public final class TestTenants {
    private TestTenants() {
    }

    public static Tenant sandbox(String name) {
        Instant now = Instant.now();
        return new Tenant(UUID.randomUUID(), name, null, TenantStatus.ACTIVE, true, ApiVersion.V1, null, null, null,
                now, now, null);
    }

    /** A new tenant row; its id. */
    public static UUID create(JdbcClient jdbc) {
        return new JdbcTenantRepository(jdbc).ensure(sandbox("tenant-" + UUID.randomUUID())).id();
    }
}
