package co.factusapi.application.service;

import co.factusapi.application.cache.ExpiringCache;
import co.factusapi.application.port.in.AuthenticateApiKeyUseCase;
import co.factusapi.application.port.in.ManageApiKeysUseCase;
import co.factusapi.application.port.out.ApiKeyRepository;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.identity.ApiKey;
import co.factusapi.domain.identity.ApiKeyCredential;
import co.factusapi.domain.identity.IssuedApiKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.error.AccessDeniedException;
import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.identity.Scope;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

public final class ApiKeyService implements ManageApiKeysUseCase, AuthenticateApiKeyUseCase {
    /** A key's last use is written at most this often: enough to spot stale keys, cheap for busy ones. */
    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private final ApiKeyRepository apiKeys;
    private final Clock clock;
    private final RandomGenerator random;
    private final AuditTrail audit;
    /** Accepted keys by the SHA-256 of their secret, never the plain key; a revocation here drops its key at once. */
    private final ExpiringCache<String, ApiKey> accepted;

    /**
     * {@code cacheTtl}: how long an accepted key is trusted without reading it again; a revocation made on another
     * instance takes this long to apply here.
     */
    public ApiKeyService(ApiKeyRepository apiKeys, Clock clock, RandomGenerator random, AuditTrail audit,
                         Duration cacheTtl) {
        this.audit = audit;
        this.accepted = new ExpiringCache<>(cacheTtl, clock);
        this.apiKeys = apiKeys;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public IssuedApiKey create(String name, Set<Scope> scopes, Caller caller) {
        ApiKey.requireValidName(name);
        Set<Scope> granted = scopes == null || scopes.isEmpty() ? Scope.POS : scopes;
        if (!caller.scopes().containsAll(granted)) {
            throw new AccessDeniedException("A key cannot be given a scope its creator does not have.");
        }
        UUID tenant = granted.contains(Scope.PLATFORM_MANAGE) ? null : ActingTenant.id();
        ApiKeyCredential credential = ApiKeyCredential.generate(random);
        ApiKey apiKey = ApiKey.issue(UUID.randomUUID(), name, credential, now(), tenant, granted);
        apiKeys.add(apiKey);
        audit.record(caller.name(), "api-key.create", "api-key", apiKey.id().toString(), null, "CREATED", null);
        return new IssuedApiKey(apiKey, credential.plainText());
    }

    @Override
    public List<ApiKey> list(Caller caller, boolean platformKeys) {
        return apiKeys.findAll(platformKeys && caller.isPlatform() ? null : ActingTenant.id());
    }

    @Override
    public ApiKey get(UUID id, Caller caller) {
        return apiKeys.findById(id).filter(key -> visible(key, caller))
                .orElseThrow(() -> new NotFoundException("No API key has the id " + id + "."));
    }

    @Override
    public void revoke(UUID id, Caller caller) {
        get(id, caller);
        apiKeys.revoke(id, now());
        accepted.invalidateIf(key -> key.id().equals(id));
        audit.record(caller.name(), "api-key.revoke", "api-key", id.toString(), null, "REVOKED", null);
    }

    /** Another tenant's key is not found rather than forbidden: its existence is none of the caller's business. */
    private static boolean visible(ApiKey key, Caller caller) {
        return key.isPlatformKey() ? caller.isPlatform() : key.tenantId().equals(ActingTenant.id());
    }

    @Override
    public Optional<ApiKey> authenticate(String presentedKey) {
        Optional<ApiKeyCredential> credential = ApiKeyCredential.parse(presentedKey);
        if (credential.isEmpty()) {
            return Optional.empty();
        }
        String secretHash = credential.get().secretHash();
        Optional<ApiKey> apiKey = accepted.get(secretHash, hash -> liveKeyAccepting(credential.get()))
                .filter(key -> key.accepts(credential.get()));
        apiKey.ifPresent(key -> recordUse(key, secretHash));
        return apiKey;
    }

    private Optional<ApiKey> liveKeyAccepting(ApiKeyCredential credential) {
        return apiKeys.findByPublicId(credential.publicId()).filter(stored -> stored.accepts(credential));
    }

    /** The cached copy takes the new time too, so a busy key is not written again on every cached request. */
    private void recordUse(ApiKey apiKey, String secretHash) {
        Instant now = now();
        if (apiKey.lastUseOlderThan(LAST_USE_RESOLUTION, now)) {
            apiKeys.recordUse(apiKey.id(), now);
            accepted.replace(secretHash, apiKey.withLastUse(now));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
