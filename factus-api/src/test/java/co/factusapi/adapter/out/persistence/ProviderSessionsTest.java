package co.factusapi.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.adapter.out.vault.AesGcmSecretVault;
import co.factusapi.adapter.out.vault.MasterKeyring;
import co.factusapi.domain.tenant.ProviderSession;
import co.factusapi.testsupport.MigratedDatabase;
import co.factusapi.testsupport.MutableClock;
import co.factusapi.testsupport.TestTenants;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Provider sessions shared by instances: sealed at rest, bound to their account, renewed by one instance at a time. */
@ParameterizedClass(name = "{0}")
@EnumSource(MigratedDatabase.Kind.class)
class ProviderSessionsTest {
    private static final String ACCOUNT = "https://api.factus.com.co|client|user@example.com";
    private static final ProviderSession SESSION = new ProviderSession("access-token-of-the-tenant",
            "refresh-token-of-the-tenant", Instant.parse("2026-12-06T11:00:00Z"));

    @Parameter
    private MigratedDatabase.Kind database;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private JdbcClient jdbc;
    private JdbcProviderSessions first;
    private JdbcProviderSessions second;
    private UUID tenant;

    @BeforeEach
    void twoInstancesOnOneDatabase() {
        jdbc = JdbcClient.create(database.create());
        AesGcmSecretVault vault = new AesGcmSecretVault(MasterKeyring.of(key(7)));
        first = new JdbcProviderSessions(jdbc, vault, clock);
        second = new JdbcProviderSessions(jdbc, vault, clock);
        tenant = TestTenants.create(jdbc);
    }

    @Test
    void aSessionSavedByOneInstanceIsReadByAnotherAndIsSealedAtRest() {
        assertThat(second.find(tenant, ACCOUNT)).isEmpty();
        first.save(tenant, ACCOUNT, SESSION);

        assertThat(second.find(tenant, ACCOUNT)).contains(SESSION);
        String row = jdbc.sql("SELECT * FROM provider_sessions").query().listOfRows().toString();
        assertThat(row).doesNotContain("access-token-of-the-tenant", "refresh-token-of-the-tenant", "user@example");
    }

    @Test
    void aSessionOfOtherCredentialsIsNotUsed() {
        first.save(tenant, ACCOUNT, SESSION);
        assertThat(second.find(tenant, "https://api.factus.com.co|client|someone-else@example.com")).isEmpty();
    }

    @Test
    void oneInstanceAtATimeRenewsUntilItSavesReleasesOrItsHoldRunsOut() {
        assertThat(first.claimRenewal(tenant, Duration.ofSeconds(15))).isTrue();
        assertThat(second.claimRenewal(tenant, Duration.ofSeconds(15))).isFalse();
        first.save(tenant, ACCOUNT, SESSION);
        assertThat(second.claimRenewal(tenant, Duration.ofSeconds(15))).isTrue();
        second.releaseRenewal(tenant);
        assertThat(first.claimRenewal(tenant, Duration.ofSeconds(15))).isTrue();
        clock.advance(Duration.ofSeconds(16));
        assertThat(second.claimRenewal(tenant, Duration.ofSeconds(15))).isTrue();
    }

    @Test
    void aTokenTheProviderRefusedIsExpiredForEveryInstanceButAnotherIsNot() {
        first.save(tenant, ACCOUNT, SESSION);
        second.expire(tenant, "some-older-token");
        assertThat(first.find(tenant, ACCOUNT)).contains(SESSION);
        second.expire(tenant, SESSION.accessToken());
        assertThat(first.find(tenant, ACCOUNT)).hasValueSatisfying(session ->
                assertThat(session.expiresAt()).isEqualTo(Instant.EPOCH));
    }

    @Test
    void aSessionNoKeyOpensAnyMoreReadsAsNone() {
        first.save(tenant, ACCOUNT, SESSION);
        JdbcProviderSessions otherKey = new JdbcProviderSessions(jdbc,
                new AesGcmSecretVault(MasterKeyring.of(key(8))), clock);
        assertThat(otherKey.find(tenant, ACCOUNT)).isEmpty();
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }
}
