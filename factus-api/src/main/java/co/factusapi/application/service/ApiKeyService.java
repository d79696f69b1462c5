package co.factusapi.application.service;

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
import java.util.List;
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

    public ApiKeyService(ApiKeyRepository apiKeys, Clock clock, RandomGenerator random, AuditTrail audit) {
        this.audit = audit;
        this.apiKeys = apiKeys;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public IssuedApiKey create(String name, String actor) {
        ApiKey.requireValidName(name);
        ApiKeyCredential credential = ApiKeyCredential.generate(random);
        ApiKey apiKey = ApiKey.issue(UUID.randomUUID(), name, credential, now());
        apiKeys.add(apiKey);
        audit.record(actor, "api-key.create", "api-key", apiKey.id().toString(), null, "CREATED", null);
        return new IssuedApiKey(apiKey, credential.plainText());
    }

    @Override
    public List<ApiKey> list() {
        return apiKeys.findAll();
    }

    @Override
    public ApiKey get(UUID id) {
        return apiKeys.findById(id).orElseThrow(() -> new NotFoundException("No API key has the id " + id + "."));
    }

    @Override
    public void revoke(UUID id, String actor) {
        get(id);
        apiKeys.revoke(id, now());
        audit.record(actor, "api-key.revoke", "api-key", id.toString(), null, "REVOKED", null);
    }

    @Override
    public Optional<ApiKey> authenticate(String presentedKey) {
        Optional<ApiKey> apiKey = ApiKeyCredential.parse(presentedKey).flatMap(this::liveKeyAccepting);
        apiKey.ifPresent(this::recordUse);
        return apiKey;
    }

    private Optional<ApiKey> liveKeyAccepting(ApiKeyCredential credential) {
        return apiKeys.findByPublicId(credential.publicId()).filter(stored -> stored.accepts(credential));
    }

    private void recordUse(ApiKey apiKey) {
        Instant now = now();
        if (apiKey.lastUseOlderThan(LAST_USE_RESOLUTION, now)) {
            apiKeys.recordUse(apiKey.id(), now);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
