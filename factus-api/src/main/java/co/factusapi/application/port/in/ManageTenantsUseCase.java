package co.factusapi.application.port.in;

import co.factusapi.domain.tenant.ApiVersion;
import co.factusapi.domain.tenant.FactusCredentials;
import co.factusapi.domain.tenant.Tenant;
import co.factusapi.domain.tenant.TenantRegistration;
import co.factusapi.domain.tenant.TenantStatus;
import java.util.List;
import java.util.UUID;

/** The platform onboards businesses as tenants and manages them. Secrets go in and never come out. */
public interface ManageTenantsUseCase {

    /** Checks the Factus credentials (or opens a sandbox account) first: nothing is saved when they fail. */
    Tenant create(TenantRegistration registration, String actor);

    List<Tenant> list();

    Tenant get(UUID id);

    /** Any of the changes that are not null: new credentials (checked first), suspend or resume, the allowance. */
    Tenant update(UUID id, Change change, String actor);

    /** Refused (ConflictException) for a tenant that has issued documents: they must be kept, so suspend it. */
    void delete(UUID id, String actor);

    /** Re-seals every stored secret under the vault's current master key; how many secret sets it re-sealed. */
    int resealSecrets(String actor);

    /** {@code apiVersion}: the Factus API the tenant's account speaks from now on (documents already issued stay readable). */
    record Change(String baseUrl, FactusCredentials credentials, TenantStatus status, Integer requestsPerMinute,
                  ApiVersion apiVersion) {
        public Change(String baseUrl, FactusCredentials credentials, TenantStatus status, Integer requestsPerMinute) {
            this(baseUrl, credentials, status, requestsPerMinute, null);
        }
    }
}
