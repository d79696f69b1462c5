package co.factusapi.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.domain.error.InvalidRequestException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiKeyTest {
    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
    private static final UUID TENANT = UUID.randomUUID();
    private final ApiKeyCredential credential = ApiKeyCredential.generate(new SecureRandom());
    private final ApiKey apiKey = ApiKey.issue(UUID.randomUUID(), "billing job", credential, NOW, TENANT, Scope.POS);

    @Test
    void acceptsItsOwnCredentialOnly() {
        ApiKeyCredential sameIdOtherSecret = new ApiKeyCredential(credential.publicId(), "x".repeat(43));

        assertThat(apiKey.accepts(credential)).isTrue();
        assertThat(apiKey.accepts(sameIdOtherSecret)).isFalse();
    }

    @Test
    void revokedKeyAcceptsNothing() {
        ApiKey revoked = new ApiKey(apiKey.id(), apiKey.name(), apiKey.publicId(), apiKey.secretHash(), NOW, NOW, null, TENANT, Scope.POS);

        assertThat(revoked.isRevoked()).isTrue();
        assertThat(revoked.accepts(credential)).isFalse();
    }

    @Test
    void namesThePrincipalAndPrefixByPublicId() {
        assertThat(apiKey.principalName()).isEqualTo("api-key:" + credential.publicId());
        assertThat(apiKey.prefix()).isEqualTo("fak_" + credential.publicId());
        assertThat(credential.plainText()).startsWith(apiKey.prefix());
    }

    @Test
    void nameIsRequiredAndAtMostHundredCharacters() {
        assertThatThrownBy(() -> ApiKey.issue(UUID.randomUUID(), " ", credential, NOW, TENANT, Scope.POS))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> ApiKey.issue(UUID.randomUUID(), "n".repeat(101), credential, NOW, TENANT, Scope.POS))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(ApiKey.issue(UUID.randomUUID(), "n".repeat(100), credential, NOW, TENANT, Scope.POS).name()).hasSize(100);
    }

    @Test
    void onlyPlatformKeysHoldThePlatformScope() {
        assertThatThrownBy(() -> ApiKey.issue(UUID.randomUUID(), "pos", credential, NOW, TENANT,
                Set.of(Scope.PLATFORM_MANAGE))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiKey.issue(UUID.randomUUID(), "ops", credential, NOW, null, Scope.POS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ApiKey.issue(UUID.randomUUID(), "ops", credential, NOW, null, Set.of(Scope.PLATFORM_MANAGE))
                .isPlatformKey()).isTrue();
    }

    @Test
    void aKeyHasAtLeastOneScope() {
        assertThatThrownBy(() -> ApiKey.issue(UUID.randomUUID(), "pos", credential, NOW, TENANT, Set.of()))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void lastUseIsStaleAfterTheInterval() {
        ApiKey used = new ApiKey(apiKey.id(), apiKey.name(), apiKey.publicId(), apiKey.secretHash(), NOW, null, NOW, TENANT, Scope.POS);

        assertThat(apiKey.lastUseOlderThan(Duration.ofMinutes(1), NOW)).isTrue();
        assertThat(used.lastUseOlderThan(Duration.ofMinutes(1), NOW.plusSeconds(30))).isFalse();
        assertThat(used.lastUseOlderThan(Duration.ofMinutes(1), NOW.plusSeconds(61))).isTrue();
    }

    @Test
    void toStringHidesTheHash() {
        assertThat(apiKey.toString()).doesNotContain(apiKey.secretHash());
    }
}
