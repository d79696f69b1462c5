package co.factusapi.adapter.out.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.application.port.out.ApiKeyRepository;
import co.factusapi.application.port.out.UserRepository;
import co.factusapi.domain.identity.ApiKey;
import co.factusapi.domain.identity.ApiKeyCredential;
import co.factusapi.domain.identity.Role;
import co.factusapi.domain.identity.User;
import java.security.SecureRandom;
import java.time.Instant;
import co.factusapi.domain.identity.Scope;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link UserRepository} and {@link ApiKeyRepository} must do, run against each implementation. */
abstract class IdentityRepositoryContractTest {
    private static final Instant CREATED = Instant.parse("2026-01-15T10:00:00.123456Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    private UserRepository users;
    private ApiKeyRepository apiKeys;

    protected abstract UserRepository newUserRepository();

    protected abstract ApiKeyRepository newApiKeyRepository();

    @BeforeEach
    void createRepositories() {
        users = newUserRepository();
        apiKeys = newApiKeyRepository();
    }

    @Test
    void storesAndFindsUsersByUsername() {
        User maria = user("maria", Role.USER);

        assertThat(users.anyExists()).isFalse();
        assertThat(users.add(maria)).isTrue();

        assertThat(users.anyExists()).isTrue();
        assertThat(users.findByUsername("maria")).contains(maria);
        assertThat(users.findByUsername("Maria")).isEmpty();
    }

    @Test
    void refusesASecondUserWithTheSameUsername() {
        users.add(user("admin", Role.ADMIN));

        assertThat(users.add(user("admin", Role.USER))).isFalse();
        assertThat(users.findByUsername("admin").orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void storesAndFindsApiKeysByIdAndPublicId() {
        ApiKey apiKey = apiKey("billing job", CREATED);

        apiKeys.add(apiKey);

        assertThat(apiKeys.findById(apiKey.id())).contains(apiKey);
        assertThat(apiKeys.findByPublicId(apiKey.publicId())).contains(apiKey);
        assertThat(apiKeys.findById(UUID.randomUUID())).isEmpty();
        assertThat(apiKeys.findByPublicId("zzzzzzzz")).isEmpty();
    }

    @Test
    void listsApiKeysNewestFirst() {
        ApiKey older = apiKey("older", CREATED);
        ApiKey newer = apiKey("newer", CREATED.plusSeconds(60));
        apiKeys.add(older);
        apiKeys.add(newer);

        assertThat(apiKeys.findAll(null)).containsExactly(newer, older);
    }

    @Test
    void revokingKeepsTheFirstRevocationTime() {
        ApiKey apiKey = apiKey("billing job", CREATED);
        apiKeys.add(apiKey);

        apiKeys.revoke(apiKey.id(), CREATED.plusSeconds(10));
        apiKeys.revoke(apiKey.id(), CREATED.plusSeconds(20));

        assertThat(apiKeys.findById(apiKey.id()).orElseThrow().revokedAt()).isEqualTo(CREATED.plusSeconds(10));
    }

    @Test
    void recordingUseNeverMovesTheTimeBackwards() {
        ApiKey apiKey = apiKey("billing job", CREATED);
        apiKeys.add(apiKey);

        apiKeys.recordUse(apiKey.id(), CREATED.plusSeconds(120));
        apiKeys.recordUse(apiKey.id(), CREATED.plusSeconds(60));

        assertThat(apiKeys.findById(apiKey.id()).orElseThrow().lastUsedAt()).isEqualTo(CREATED.plusSeconds(120));
    }

    private static User user(String username, Role role) {
        return new User(UUID.randomUUID(), username, "$2a$10$hashhashhash", role, CREATED, null);
    }

    private static ApiKey apiKey(String name, Instant createdAt) {
        // Platform keys: no tenant row is needed for them.
        return ApiKey.issue(UUID.randomUUID(), name, ApiKeyCredential.generate(RANDOM), createdAt, null,
                Set.of(Scope.PLATFORM_MANAGE, Scope.DOCUMENTS_READ));
    }
}
