package co.factusapi.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.domain.error.InvalidRequestException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiKeyTest {
    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
    private final ApiKeyCredential credential = ApiKeyCredential.generate(new SecureRandom());
    private final ApiKey apiKey = ApiKey.issue(UUID.randomUUID(), "billing job", credential, NOW);

    @Test
    void acceptsItsOwnCredentialOnly() {
        ApiKeyCredential sameIdOtherSecret = new ApiKeyCredential(credential.publicId(), "x".repeat(43));

        assertThat(apiKey.accepts(credential)).isTrue();
        assertThat(apiKey.accepts(sameIdOtherSecret)).isFalse();
    }

    @Test
    void revokedKeyAcceptsNothing() {
        ApiKey revoked = new ApiKey(apiKey.id(), apiKey.name(), apiKey.publicId(), apiKey.secretHash(), NOW, NOW, null);

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
        assertThatThrownBy(() -> ApiKey.issue(UUID.randomUUID(), " ", credential, NOW))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> ApiKey.issue(UUID.randomUUID(), "n".repeat(101), credential, NOW))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(ApiKey.issue(UUID.randomUUID(), "n".repeat(100), credential, NOW).name()).hasSize(100);
    }

    @Test
    void lastUseIsStaleAfterTheInterval() {
        ApiKey used = new ApiKey(apiKey.id(), apiKey.name(), apiKey.publicId(), apiKey.secretHash(), NOW, null, NOW);

        assertThat(apiKey.lastUseOlderThan(Duration.ofMinutes(1), NOW)).isTrue();
        assertThat(used.lastUseOlderThan(Duration.ofMinutes(1), NOW.plusSeconds(30))).isFalse();
        assertThat(used.lastUseOlderThan(Duration.ofMinutes(1), NOW.plusSeconds(61))).isTrue();
    }

    @Test
    void toStringHidesTheHash() {
        assertThat(apiKey.toString()).doesNotContain(apiKey.secretHash());
    }
}
