package co.factusapi.application.service;

import co.factusapi.application.cache.ExpiringCache;
import co.factusapi.application.port.in.ManageTenantsUseCase;
import co.factusapi.application.port.in.ResolveTenantUseCase;
import co.factusapi.application.port.out.ProviderAccounts;
import co.factusapi.application.port.out.SecretVault;
import co.factusapi.application.port.out.TenantRepository;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.tenant.FactusCredentials;
import co.factusapi.domain.tenant.Tenant;
import co.factusapi.domain.tenant.TenantRegistration;
import co.factusapi.domain.tenant.TenantSecrets;
import co.factusapi.domain.tenant.TenantStatus;
import co.factusapi.domain.vault.SealedSecret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The tenants of this deployment: onboarding with checked credentials, secrets sealed by the vault. */
public final class TenantService implements ResolveTenantUseCase, ManageTenantsUseCase {
    private final TenantRepository tenants;
    private final UUID defaultTenantId;
    private final ProviderAccounts accounts;
    private final SecretVault vault;
    private final Clock clock;
    private final AuditTrail audit;
    /** The tenants requests act for, read once per TTL; a change made here drops the tenant at once. */
    private final ExpiringCache<UUID, Tenant> acting;

    /**
     * {@code cacheTtl}: how long a request may act on a tenant row read earlier; a suspension made on another instance
     * takes this long to apply here.
     */
    public TenantService(TenantRepository tenants, UUID defaultTenantId, ProviderAccounts accounts, SecretVault vault,
                         Clock clock, AuditTrail audit, Duration cacheTtl) {
        this.tenants = tenants;
        this.acting = new ExpiringCache<>(cacheTtl, clock);
        this.defaultTenantId = defaultTenantId;
        this.accounts = accounts;
        this.vault = vault;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public Optional<Tenant> find(UUID id) {
        return acting.get(id, tenants::find);
    }

    @Override
    public Tenant defaultTenant() {
        return find(defaultTenantId).orElseThrow();
    }

    @Override
    public Tenant create(TenantRegistration registration, String actor) {
        FactusCredentials credentials = registration.sandbox()
                ? accounts.openSandbox(registration.name())
                : verified(registration.baseUrl(), registration, registration.credentials());
        Instant now = now();
        Tenant tenant = new Tenant(UUID.randomUUID(), registration.name(), registration.nit(), TenantStatus.ACTIVE,
                registration.sandbox(), registration.apiVersion(), registration.baseUrl(), credentials.clientId(),
                credentials.username(), now, now, registration.requestsPerMinute());
        tenants.add(tenant, seal(tenant.id(), credentials));
        audit.recordFor(tenant.id(), actor, "tenant.create", "tenant", tenant.id().toString(), null, "CREATED",
                tenant.sandbox() ? "sandbox" : null);
        return tenant;
    }

    private FactusCredentials verified(String baseUrl, TenantRegistration registration, FactusCredentials credentials) {
        accounts.verify(baseUrl, registration.apiVersion(), credentials);
        return credentials;
    }

    @Override
    public List<Tenant> list() {
        return tenants.findAll();
    }

    @Override
    public Tenant get(UUID id) {
        return tenants.find(id).orElseThrow(() -> new NotFoundException("There is no tenant " + id + "."));
    }

    @Override
    public Tenant update(UUID id, Change change, String actor) {
        Tenant tenant = get(id);
        TenantSecrets secrets = null;
        if (change.credentials() != null || change.baseUrl() != null) {
            requireOwnAccount(tenant);
            String baseUrl = change.baseUrl() == null ? tenant.baseUrl() : change.baseUrl();
            TenantRegistration.requireHttpUrl(baseUrl);
            if (change.credentials() == null) {
                throw InvalidRequestException.of("factus", "a new base URL needs the credentials for it");
            }
            accounts.verify(baseUrl, tenant.apiVersion(), change.credentials());
            tenant = new Tenant(id, tenant.name(), tenant.nit(), tenant.status(), false, tenant.apiVersion(), baseUrl,
                    change.credentials().clientId(), change.credentials().username(), tenant.createdAt(), now(),
                    tenant.requestsPerMinute());
            secrets = seal(id, change.credentials());
        }
        if (change.status() != null) {
            tenant = tenant.withStatus(change.status(), now());
        }
        if (change.requestsPerMinute() != null) {
            tenant = tenant.withRequestsPerMinute(change.requestsPerMinute(), now());
        }
        if (change.apiVersion() != null && change.apiVersion() != tenant.apiVersion()) {
            // No data migration: the ledger addresses every document by its number whatever API issued it; the
            // tenant's adapter is dropped below, so the next call speaks the new version.
            tenant = tenant.withApiVersion(change.apiVersion(), now());
        }
        tenants.update(tenant, secrets);
        acting.invalidate(id);
        accounts.disconnect(id);
        audit.recordFor(id, actor, "tenant.update", "tenant", id.toString(), null, tenant.status().name(),
                secrets == null ? null : "credentials rotated");
        return tenant;
    }

    private void requireOwnAccount(Tenant tenant) {
        if (tenant.sandbox()) {
            throw InvalidRequestException.of("factus", "cannot be changed on a sandbox tenant");
        }
        if (tenant.id().equals(defaultTenantId)) {
            throw InvalidRequestException.of("factus", "of the default tenant comes from the deployment's FACTUS_* "
                    + "settings; change them there");
        }
    }

    @Override
    public void delete(UUID id, String actor) {
        get(id);
        if (id.equals(defaultTenantId)) {
            throw new ConflictException("tenant-default", "The default tenant cannot be deleted.");
        }
        if (tenants.hasDocuments(id)) {
            throw new ConflictException("tenant-has-documents", "The tenant has issued documents, which must be kept "
                    + "(5 to 10 years); suspend it instead.");
        }
        tenants.delete(id);
        acting.invalidate(id);
        accounts.disconnect(id);
        audit.recordFor(id, actor, "tenant.delete", "tenant", id.toString(), null, "DELETED", null);
    }

    @Override
    public int resealSecrets(String actor) {
        int resealed = 0;
        for (Map.Entry<UUID, TenantSecrets> stored : tenants.allSecrets().entrySet()) {
            TenantSecrets secrets = stored.getValue();
            if (vault.isUnderCurrentKey(secrets.clientSecret()) && vault.isUnderCurrentKey(secrets.password())) {
                continue;
            }
            UUID id = stored.getKey();
            tenants.update(get(id), new TenantSecrets(reseal(secrets.clientSecret(), id, "client_secret"),
                    reseal(secrets.password(), id, "password")));
            resealed++;
        }
        audit.recordFor(null, actor, "vault.reseal", "vault", vault.currentKeyId(), null, "RESEALED",
                resealed + " tenants");
        return resealed;
    }

    private SealedSecret reseal(SealedSecret sealed, UUID tenant, String column) {
        return vault.seal(vault.open(sealed, context(tenant, column)), context(tenant, column));
    }

    /**
     * Opens every stored secret once: a keyring without the key a secret was sealed with (a missing or wrong master
     * key) or an altered value stops the service at start-up instead of failing tenants one call at a time.
     */
    public void requireReadableSecrets() {
        List<String> unreadable = new ArrayList<>();
        for (Tenant tenant : tenants.findAll()) {
            if (tenants.secrets(tenant.id()).isEmpty()) {
                continue;
            }
            try {
                credentials(tenant);
            } catch (RuntimeException e) {
                unreadable.add(tenant.id().toString());
            }
        }
        if (!unreadable.isEmpty()) {
            throw new IllegalStateException("The Factus secrets of " + unreadable.size() + " tenant(s) " + unreadable
                    + " cannot be opened with the configured master key(s): set FACTUS_API_MASTER_KEY (and "
                    + "FACTUS_API_PREVIOUS_MASTER_KEYS) or FACTUS_API_VAULT_KEY_FILE to the key(s) they were sealed "
                    + "with (docs/tenants.md). The service does not start with secrets it cannot read.");
        }
    }

    /** The tenant's secrets in plain text, for its provider adapter only. */
    public FactusCredentials credentials(Tenant tenant) {
        TenantSecrets secrets = tenants.secrets(tenant.id()).orElseThrow(() ->
                new IllegalStateException("The tenant " + tenant.id() + " has no stored Factus credentials"));
        return new FactusCredentials(tenant.clientId(), vault.open(secrets.clientSecret(),
                context(tenant.id(), "client_secret")), tenant.username(),
                vault.open(secrets.password(), context(tenant.id(), "password")));
    }

    /** Associated data binds a ciphertext to its row and column: copied elsewhere, it no longer opens. */
    private static String context(UUID tenant, String column) {
        return "tenant:" + tenant + "/" + column;
    }

    private TenantSecrets seal(UUID tenant, FactusCredentials credentials) {
        return new TenantSecrets(vault.seal(credentials.clientSecret(), context(tenant, "client_secret")),
                vault.seal(credentials.password(), context(tenant, "password")));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
