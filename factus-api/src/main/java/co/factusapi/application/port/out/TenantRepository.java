package co.factusapi.application.port.out;

import co.factusapi.domain.tenant.Tenant;
import co.factusapi.domain.tenant.TenantSecrets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The tenants of this deployment; every document, key, user and audit event belongs to one. */
public interface TenantRepository {

    /**
     * The tenant with this name made to match the deployment's own Factus settings (created on first start, its
     * connection updated on later ones); several instances starting at once agree on one row.
     */
    Tenant ensure(Tenant wanted);

    Optional<Tenant> find(UUID id);

    /** Oldest first. */
    List<Tenant> findAll();

    /** A ConflictException when the name or the NIT is taken. */
    void add(Tenant tenant, TenantSecrets secrets);

    /** Status, connection and name as in {@code tenant}; the secrets too unless null. */
    void update(Tenant tenant, TenantSecrets secrets);

    Optional<TenantSecrets> secrets(UUID id);

    /** Every stored secret set, for re-sealing under a new master key. */
    Map<UUID, TenantSecrets> allSecrets();

    boolean hasDocuments(UUID id);

    /** Removes a tenant that never issued anything, with its keys and users. */
    void delete(UUID id);
}
