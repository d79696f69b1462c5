package co.factusapi.adapter.out.factus;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.adapter.out.persistence.JdbcProviderSessions;
import co.factusapi.adapter.out.vault.AesGcmSecretVault;
import co.factusapi.adapter.out.vault.MasterKeyring;
import co.factusapi.domain.tenant.ApiVersion;
import co.factusapi.emulator.FactusEmulator;
import co.factusapi.testsupport.EmulatorControl;
import co.factusapi.testsupport.MigratedDatabase;
import co.factusapi.testsupport.TestTenants;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Three instances of one tenant's adapter (three factories) sharing the tenant's provider session through the
 * database, against the emulator: one sign-in serves all of them, and after Factus drops the token one renewal does.
 */
class FactusSharedSessionTest {
    private static FactusEmulator emulator;
    private static EmulatorControl control;
    private final List<FactusAdapterFactory> instances = new ArrayList<>();
    private JdbcProviderSessions sessions;
    private UUID tenant;

    @BeforeAll
    static void startEmulator() {
        emulator = FactusEmulator.start(0);
        control = new EmulatorControl(emulator);
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void threeInstancesOfOneTenant() {
        emulator.reset();
        JdbcClient jdbc = JdbcClient.create(MigratedDatabase.h2());
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 3);
        sessions = new JdbcProviderSessions(jdbc, new AesGcmSecretVault(MasterKeyring.of(key)), Clock.systemUTC());
        tenant = TestTenants.create(jdbc);
        for (int i = 0; i < 3; i++) {
            FactusSettings settings = EmulatorSettings.of(emulator, emulator.credentials(), Duration.ofSeconds(5), 4,
                    null);
            instances.add(new FactusAdapterFactory(settings, ApiVersion.V1, Clock.systemUTC(),
                    new SimpleMeterRegistry(), () -> null, FactusPacer.UNLIMITED,
                    SharedTokens.of(sessions, tenant, settings)));
        }
    }

    @AfterEach
    void closeInstances() throws Exception {
        for (FactusAdapterFactory instance : instances) {
            instance.close();
        }
    }

    @Test
    void oneSignInServesEveryInstanceAndOneRenewalFollowsARefusedToken() throws Exception {
        callFromEveryInstanceAtOnce();
        assertThat(emulator.counters().tokensIssued()).isEqualTo(1);

        control.expireTokens();
        callFromEveryInstanceAtOnce();
        assertThat(emulator.counters().tokensIssued()).isEqualTo(2);
        assertThat(control.requests("POST /oauth/token")).isEqualTo(2);
    }

    @Test
    void theSessionOfOtherCredentialsIsNotTaken() throws Exception {
        callFromEveryInstanceAtOnce();
        FactusSettings elsewhere = EmulatorSettings.of(emulator, emulator.credentials(), Duration.ofSeconds(5), 4,
                null);
        FactusSettings otherUser = new FactusSettings(elsewhere.baseUrl(), elsewhere.clientId(),
                elsewhere.clientSecret(), "another-user@factus-emulator.local", elsewhere.password(),
                elsewhere.connectTimeout(), elsewhere.readTimeout(), elsewhere.validateTimeout(),
                elsewhere.maxConnections(), elsewhere.tokenRefreshMargin(), elsewhere.catalogTtl(),
                elsewhere.resilience());
        assertThat(SharedTokens.of(sessions, tenant, otherUser).find()).isEmpty();
        assertThat(SharedTokens.of(sessions, tenant, elsewhere).find()).isPresent();
    }

    private void callFromEveryInstanceAtOnce() throws Exception {
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            FactusAdapterFactory instance = instances.get(i % instances.size());
            calls.add(() -> instance.invoices().findByReference("nothing-" + UUID.randomUUID()));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
            for (Future<Object> call : pool.invokeAll(calls)) {
                call.get();
            }
        }
    }
}
