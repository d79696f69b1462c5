package co.factusapi.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.identity.ApiKey;
import co.factusapi.domain.identity.IssuedApiKey;
import co.factusapi.testsupport.InMemoryApiKeyRepository;
import co.factusapi.testsupport.InMemoryAuditLog;
import co.factusapi.testsupport.MutableClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiKeyServiceTest {
    private final InMemoryApiKeyRepository apiKeys = new InMemoryApiKeyRepository();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T10:00:00.123456789Z"));
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final ApiKeyService service = new ApiKeyService(apiKeys, clock, new SecureRandom(),
            new AuditTrail(audit, clock));

    @Test
    void createdKeyIsStoredWithoutItsPlainText() {
        IssuedApiKey issued = service.create("billing job", "user:admin");

        ApiKey stored = apiKeys.findById(issued.apiKey().id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("billing job");
        assertThat(stored.createdAt()).isEqualTo(Instant.parse("2026-01-15T10:00:00.123456Z"));
        assertThat(stored.secretHash()).doesNotContain(issued.plainKey().substring(14));
        assertThat(issued.plainKey()).startsWith(stored.prefix() + "_");
    }

    @Test
    void createdKeyAuthenticatesAsItself() {
        IssuedApiKey issued = service.create("billing job", "user:admin");

        assertThat(service.authenticate(issued.plainKey())).map(ApiKey::id).contains(issued.apiKey().id());
    }

    @Test
    void wrongMalformedAndRevokedKeysDoNotAuthenticate() {
        IssuedApiKey issued = service.create("billing job", "user:admin");
        String tampered = issued.plainKey().substring(0, issued.plainKey().length() - 1)
                + (issued.plainKey().endsWith("A") ? "B" : "A");

        assertThat(service.authenticate(tampered)).isEmpty();
        assertThat(service.authenticate("not a key")).isEmpty();
        assertThat(service.authenticate(null)).isEmpty();

        service.revoke(issued.apiKey().id(), "user:admin");

        assertThat(service.authenticate(issued.plainKey())).isEmpty();
        assertThat(service.get(issued.apiKey().id()).revokedAt()).isNotNull();
    }

    @Test
    void lastUseIsWrittenAtMostOnceAMinute() {
        IssuedApiKey issued = service.create("billing job", "user:admin");

        service.authenticate(issued.plainKey());
        clock.advance(Duration.ofSeconds(30));
        service.authenticate(issued.plainKey());
        assertThat(apiKeys.recordedUses()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(31));
        service.authenticate(issued.plainKey());
        assertThat(apiKeys.recordedUses()).isEqualTo(2);
        assertThat(service.get(issued.apiKey().id()).lastUsedAt()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void invalidNameIsRejectedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> service.create("", "user:admin")).isInstanceOf(InvalidRequestException.class);
        assertThat(service.list()).isEmpty();
    }

    @Test
    void listsNewestFirst() {
        service.create("first", "user:admin");
        clock.advance(Duration.ofSeconds(1));
        service.create("second", "user:admin");

        assertThat(service.list()).extracting(ApiKey::name).containsExactly("second", "first");
    }

    @Test
    void unknownKeyIsNotFound() {
        assertThatThrownBy(() -> service.revoke(UUID.randomUUID(), "user:admin")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.get(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }
}
