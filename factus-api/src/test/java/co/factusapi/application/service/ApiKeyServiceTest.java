package co.factusapi.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.error.AccessDeniedException;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.identity.ApiKey;
import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.identity.IssuedApiKey;
import co.factusapi.domain.identity.Role;
import co.factusapi.domain.identity.Scope;
import co.factusapi.testsupport.InMemoryApiKeyRepository;
import co.factusapi.testsupport.InMemoryAuditLog;
import co.factusapi.testsupport.MutableClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiKeyServiceTest {
    private final InMemoryApiKeyRepository apiKeys = new InMemoryApiKeyRepository();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T10:00:00.123456789Z"));
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final ApiKeyService service = new ApiKeyService(apiKeys, clock, new SecureRandom(),
            new AuditTrail(audit, clock), Duration.ofSeconds(5));
    private static final UUID TENANT_A = UUID.randomUUID();
    private static final UUID TENANT_B = UUID.randomUUID();
    private static final Caller ADMIN = new Caller("user:admin", TENANT_A, Scope.ofUser(Role.ADMIN, false));
    private static final Caller PLATFORM = new Caller("user:root", null, Scope.ofUser(Role.ADMIN, true));
    private ActingTenant.Binding acting;

    @BeforeEach
    void actForTenantA() {
        acting = ActingTenant.bind(TENANT_A);
    }

    @AfterEach
    void release() {
        acting.close();
    }

    @Test
    void keysHaveTheScopesAskedForOrThoseOfAPos() {
        assertThat(service.create("pos", Set.of(), ADMIN).apiKey().scopes()).isEqualTo(Scope.POS);
        assertThat(service.create("reader", Set.of(Scope.DOCUMENTS_READ), ADMIN).apiKey().scopes())
                .containsExactly(Scope.DOCUMENTS_READ);
        assertThat(service.create("pos", Set.of(), ADMIN).apiKey().tenantId()).isEqualTo(TENANT_A);
    }

    @Test
    void nobodyGivesAKeyMoreThanTheyMayDo() {
        Caller pos = new Caller("api-key:pos", TENANT_A, Scope.POS);

        assertThatThrownBy(() -> service.create("admin", Set.of(Scope.TENANT_MANAGE), pos))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create("ops", Set.of(Scope.PLATFORM_MANAGE), ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.create("ops", Set.of(Scope.PLATFORM_MANAGE), PLATFORM).apiKey().isPlatformKey()).isTrue();
        assertThat(service.list(ADMIN, false)).isEmpty();
    }

    @Test
    void anotherTenantsKeysAreNeitherListedNorFound() {
        IssuedApiKey ofB = ActingTenant.call(TENANT_B, () -> service.create("b-pos", Set.of(), PLATFORM));

        assertThat(service.list(ADMIN, false)).isEmpty();
        assertThatThrownBy(() -> service.get(ofB.apiKey().id(), ADMIN)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.revoke(ofB.apiKey().id(), ADMIN)).isInstanceOf(NotFoundException.class);
        assertThat(service.authenticate(ofB.plainKey())).isPresent();
    }

    @Test
    void createdKeyIsStoredWithoutItsPlainText() {
        IssuedApiKey issued = service.create("billing job", Set.of(), ADMIN);

        ApiKey stored = apiKeys.findById(issued.apiKey().id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("billing job");
        assertThat(stored.createdAt()).isEqualTo(Instant.parse("2026-01-15T10:00:00.123456Z"));
        assertThat(stored.secretHash()).doesNotContain(issued.plainKey().substring(14));
        assertThat(issued.plainKey()).startsWith(stored.prefix() + "_");
    }

    @Test
    void createdKeyAuthenticatesAsItself() {
        IssuedApiKey issued = service.create("billing job", Set.of(), ADMIN);

        assertThat(service.authenticate(issued.plainKey())).map(ApiKey::id).contains(issued.apiKey().id());
    }

    @Test
    void wrongMalformedAndRevokedKeysDoNotAuthenticate() {
        IssuedApiKey issued = service.create("billing job", Set.of(), ADMIN);
        String tampered = issued.plainKey().substring(0, issued.plainKey().length() - 1)
                + (issued.plainKey().endsWith("A") ? "B" : "A");

        assertThat(service.authenticate(tampered)).isEmpty();
        assertThat(service.authenticate("not a key")).isEmpty();
        assertThat(service.authenticate(null)).isEmpty();

        service.revoke(issued.apiKey().id(), ADMIN);

        assertThat(service.authenticate(issued.plainKey())).isEmpty();
        assertThat(service.get(issued.apiKey().id(), ADMIN).revokedAt()).isNotNull();
    }

    @Test
    void lastUseIsWrittenAtMostOnceAMinute() {
        IssuedApiKey issued = service.create("billing job", Set.of(), ADMIN);

        service.authenticate(issued.plainKey());
        clock.advance(Duration.ofSeconds(30));
        service.authenticate(issued.plainKey());
        assertThat(apiKeys.recordedUses()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(31));
        service.authenticate(issued.plainKey());
        assertThat(apiKeys.recordedUses()).isEqualTo(2);
        assertThat(service.get(issued.apiKey().id(), ADMIN).lastUsedAt()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void anAcceptedKeyIsReadAgainOnlyAfterTheCacheTtl() {
        IssuedApiKey issued = service.create("billing job", Set.of(), ADMIN);

        service.authenticate(issued.plainKey());
        clock.advance(Duration.ofSeconds(4));
        assertThat(service.authenticate(issued.plainKey())).isPresent();
        assertThat(apiKeys.lookups()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(2));
        assertThat(service.authenticate(issued.plainKey())).isPresent();
        assertThat(apiKeys.lookups()).isEqualTo(2);
    }

    @Test
    void aCachedKeyStillRefusesAWrongSecretAndIsDroppedAtOnceWhenRevokedHere() {
        IssuedApiKey issued = service.create("billing job", Set.of(), ADMIN);
        String tampered = issued.plainKey().substring(0, issued.plainKey().length() - 1)
                + (issued.plainKey().endsWith("A") ? "B" : "A");
        assertThat(service.authenticate(issued.plainKey())).isPresent();

        assertThat(service.authenticate(tampered)).isEmpty();
        service.revoke(issued.apiKey().id(), ADMIN);
        assertThat(service.authenticate(issued.plainKey())).isEmpty();
    }

    @Test
    void aKeyRevokedByAnotherInstanceStopsWorkingWithinTheTtl() {
        IssuedApiKey issued = service.create("billing job", Set.of(), ADMIN);
        assertThat(service.authenticate(issued.plainKey())).isPresent();

        apiKeys.revoke(issued.apiKey().id(), clock.instant());
        assertThat(service.authenticate(issued.plainKey())).as("still trusted from the cache").isPresent();
        clock.advance(Duration.ofSeconds(5));
        assertThat(service.authenticate(issued.plainKey())).isEmpty();
    }

    @Test
    void aBusyCachedKeyHasItsLastUseWrittenOnceAMinuteToo() {
        IssuedApiKey issued = service.create("billing job", Set.of(), ADMIN);

        for (int second = 0; second < 90; second++) {
            service.authenticate(issued.plainKey());
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(apiKeys.recordedUses()).isEqualTo(2);
    }

    @Test
    void invalidNameIsRejectedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> service.create("", Set.of(), ADMIN)).isInstanceOf(InvalidRequestException.class);
        assertThat(service.list(ADMIN, false)).isEmpty();
    }

    @Test
    void listsNewestFirst() {
        service.create("first", Set.of(), ADMIN);
        clock.advance(Duration.ofSeconds(1));
        service.create("second", Set.of(), ADMIN);

        assertThat(service.list(ADMIN, false)).extracting(ApiKey::name).containsExactly("second", "first");
    }

    @Test
    void unknownKeyIsNotFound() {
        assertThatThrownBy(() -> service.revoke(UUID.randomUUID(), ADMIN)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.get(UUID.randomUUID(), ADMIN)).isInstanceOf(NotFoundException.class);
    }
}
