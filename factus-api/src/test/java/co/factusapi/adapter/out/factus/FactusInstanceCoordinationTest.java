package co.factusapi.adapter.out.factus;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.adapter.out.persistence.JdbcProviderSessions;
import co.factusapi.adapter.out.persistence.JdbcSubmissionTurns;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.testsupport.Invoices;
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
import java.util.Optional;
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
 * Three instances of one tenant's adapter (three factories) coordinating through the database, against the emulator:
 * one sign-in serves all of them and after Factus drops the token one renewal does; and when Factus refuses
 * overlapping validates, the instances take turns instead of colliding again and again.
 */
class FactusInstanceCoordinationTest {
    private static FactusEmulator emulator;
    private static EmulatorControl control;
    private final List<FactusAdapterFactory> instances = new ArrayList<>();
    private JdbcProviderSessions sessions;
    private JdbcSubmissionTurns turns;
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
        turns = new JdbcSubmissionTurns(jdbc, Clock.systemUTC());
        tenant = TestTenants.create(jdbc);
        for (int i = 0; i < 3; i++) {
            FactusSettings settings = EmulatorSettings.of(emulator, emulator.credentials(), Duration.ofSeconds(5), 4,
                    null);
            instances.add(new FactusAdapterFactory(settings, ApiVersion.V1, Clock.systemUTC(),
                    new SimpleMeterRegistry(), () -> null, FactusPacer.UNLIMITED,
                    InstanceCoordination.of(sessions, turns, tenant, settings)));
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

    /**
     * The race CI caught: an instance looks in the store (nothing yet), another finishes signing in and saves (which
     * frees the renewal claim), then the first claims the renewal. It must take the saved token, not sign in again.
     */
    @Test
    void aSignInFinishedBetweenALookAndAClaimIsTakenNotRepeated() throws Exception {
        instances.getFirst().invoices().findByReference("first-" + UUID.randomUUID());
        assertThat(emulator.counters().tokensIssued()).isEqualTo(1);
        FactusSettings settings = EmulatorSettings.of(emulator, emulator.credentials(), Duration.ofSeconds(5), 4, null);
        InstanceCoordination real = InstanceCoordination.of(sessions, turns, tenant, settings);
        SharedTokens lookedTooEarly = new SharedTokens() {
            private boolean looked;

            @Override
            public Optional<FactusSession.Token> find() {
                if (!looked) {
                    looked = true;
                    return Optional.empty();
                }
                return real.tokens().find();
            }

            @Override
            public void save(FactusSession.Token token) {
                real.tokens().save(token);
            }

            @Override
            public boolean claimRenewal() {
                return real.tokens().claimRenewal();
            }

            @Override
            public void expire(String accessToken) {
                real.tokens().expire(accessToken);
            }

            @Override
            public void releaseRenewal() {
                real.tokens().releaseRenewal();
            }
        };
        try (FactusAdapterFactory late = new FactusAdapterFactory(settings, ApiVersion.V1, Clock.systemUTC(),
                new SimpleMeterRegistry(), () -> null, FactusPacer.UNLIMITED,
                new InstanceCoordination(lookedTooEarly, real.turns()))) {
            late.invoices().findByReference("late-" + UUID.randomUUID());
        }

        assertThat(emulator.counters().tokensIssued()).isEqualTo(1);
        assertThat(SharedTokens.of(sessions, tenant, settings).claimRenewal()).as("the claim was given back").isTrue();
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

    @Test
    void whenFactusRefusesOverlappingValidatesTheInstancesTakeTurns() throws Exception {
        control.call("PUT", "/__emulator/config", "{\"overlap_conflict\":true}");
        control.call("PUT", "/__emulator/latency", "{\"endpoint\":\"POST /v1/bills/validate\",\"millis\":30}");
        try {
            List<Callable<ProviderDocument>> invoices = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                FactusAdapterFactory instance = instances.get(i % instances.size());
                String reference = "TURNS-" + i;
                invoices.add(() -> instance.invoices().issue(Invoices.request(reference)));
            }
            try (ExecutorService pool = Executors.newFixedThreadPool(9)) {
                for (Future<ProviderDocument> invoice : pool.invokeAll(invoices)) {
                    assertThat(invoice.get().validated()).isTrue();
                }
            }
        } finally {
            control.call("PUT", "/__emulator/config", "{\"overlap_conflict\":false}");
            control.call("DELETE", "/__emulator/latency", null);
        }
        long validates = control.requests("POST /v1/bills/validate");
        System.out.printf("instance coordination: 30 invoices from 3 instances took %d validates%n", validates);
        assertThat(emulator.counters().invoicesCreated()).isEqualTo(30);
        // The first validates collide before every instance takes turns; after that, none do. Measured: 39 or 40 with
        // the turns, about 60 with each instance taking turns only with itself.
        assertThat(validates).isLessThanOrEqualTo(48);
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
