package co.factusapi.testsupport;

import co.factusapi.application.port.out.TenantRepository;
import co.factusapi.domain.tenant.Tenant;
import co.factusapi.domain.tenant.TenantSecrets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public class InMemoryTenantRepository implements TenantRepository {
    private final Map<UUID, Tenant> byId = new ConcurrentHashMap<>();
    private final Map<UUID, TenantSecrets> secretsById = new ConcurrentHashMap<>();

    /** Holds a sandbox tenant with this id. */
    public InMemoryTenantRepository with(UUID id) {
        Tenant tenant = TestTenants.sandbox("tenant-" + id);
        byId.put(id, new Tenant(id, tenant.name(), null, tenant.status(), true, tenant.apiVersion(), null, null, null,
                tenant.createdAt(), tenant.updatedAt(), null));
        return this;
    }

    @Override
    public Tenant ensure(Tenant wanted) {
        return byId.values().stream().filter(t -> t.name().equals(wanted.name())).findFirst()
                .orElseGet(() -> {
                    byId.put(wanted.id(), wanted);
                    return wanted;
                });
    }

    @Override
    public Optional<Tenant> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Tenant> findAll() {
        return byId.values().stream().sorted(Comparator.comparing(Tenant::createdAt)).toList();
    }

    @Override
    public void add(Tenant tenant, TenantSecrets secrets) {
        byId.put(tenant.id(), tenant);
        secretsById.put(tenant.id(), secrets);
    }

    @Override
    public void update(Tenant tenant, TenantSecrets secrets) {
        byId.put(tenant.id(), tenant);
        if (secrets != null) {
            secretsById.put(tenant.id(), secrets);
        }
    }

    @Override
    public Optional<TenantSecrets> secrets(UUID id) {
        return Optional.ofNullable(secretsById.get(id));
    }

    @Override
    public Map<UUID, TenantSecrets> allSecrets() {
        return Map.copyOf(secretsById);
    }

    @Override
    public boolean hasDocuments(UUID id) {
        return false;
    }

    @Override
    public void delete(UUID id) {
        byId.remove(id);
        secretsById.remove(id);
    }
}
