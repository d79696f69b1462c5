package co.factusapi.adapter.out.factus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.emulator.FactusEmulator;
import co.factusapi.testsupport.EmulatorControl;
import co.factusapi.testsupport.Invoices;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Circuit breaker, retries and bulkhead against the emulator's fault injection. */
class FactusResilienceTest {
    private static final String BILLS_LIST = "GET /v1/bills";
    private static final String VALIDATE = "POST /v1/bills/validate";
    private static final Duration OPEN_DURATION = Duration.ofMillis(500);
    private static FactusEmulator emulator;
    private static EmulatorControl control;
    private SimpleMeterRegistry meters;
    private FactusAdapterFactory factory;
    private FactusDocumentProvider<InvoiceRequest> gateway;

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
    void connect() {
        emulator.reset();
        connect(resilience(10, 2));
    }

    @AfterEach
    void disconnect() throws Exception {
        factory.close();
    }

    @Test
    void aDeadFactusOpensTheBreakerThenCallsFailFastUntilItRecovers() throws Exception {
        reconnect(resilience(4, 2));
        gateway.findByReference("warm-up");
        control.fault("*", "\"type\":\"status\",\"status\":503");
        for (int i = 0; i < 10 && !breakerIs("open"); i++) {
            catchThrowableOfType(UpstreamException.class, () -> gateway.findByReference("down"));
        }
        assertThat(breakerIs("open")).isTrue();

        long reachedFactus = control.requests(BILLS_LIST);
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            UpstreamException e = catchThrowableOfType(UpstreamException.class, () -> gateway.findByReference("down"));
            long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertThat(elapsedMillis).isLessThan(50);
            assertThat(e.kind()).isEqualTo(UpstreamException.Kind.UNAVAILABLE);
            assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(OPEN_DURATION);
        }
        assertThat(control.requests(BILLS_LIST)).isEqualTo(reachedFactus);

        control.clearFaults();
        Thread.sleep(OPEN_DURATION.plusMillis(100).toMillis());
        for (int i = 0; i < 3; i++) {
            assertThat(gateway.findByReference("back")).isEmpty();
        }
        assertThat(breakerIs("closed")).isTrue();
    }

    @Test
    void businessRejectionsNeverOpenTheBreaker() {
        reconnect(resilience(4, 2));
        control.fault(VALIDATE, "\"type\":\"status\",\"status\":422,\"body\":{\"message\":\"Error de validación\"}");
        for (int i = 0; i < 8; i++) {
            String reference = "REF-" + i;
            UpstreamException e = catchThrowableOfType(UpstreamException.class, () -> gateway.issue(Invoices.request(reference)));
            assertThat(e.kind()).isEqualTo(UpstreamException.Kind.REJECTED);
        }
        assertThat(breakerIs("closed")).isTrue();
        assertThat(control.requests(VALIDATE)).isEqualTo(8);
    }

    /** A 429 says the account's allowance is used up, not that Factus is failing. */
    @Test
    void rateLimitAnswersNeverOpenTheBreaker() {
        reconnect(resilience(4, 2));
        control.fault(VALIDATE, "\"type\":\"status\",\"status\":429,\"count\":8");
        for (int i = 0; i < 8; i++) {
            String reference = "REF-429-" + i;
            UpstreamException e = catchThrowableOfType(UpstreamException.class, () -> gateway.issue(Invoices.request(reference)));
            assertThat(e.kind()).isEqualTo(UpstreamException.Kind.UNAVAILABLE);
            assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(60));
        }
        assertThat(breakerIs("closed")).isTrue();
        assertThat(gateway.issue(Invoices.request("REF-AFTER")).number()).isNotBlank();
    }

    @Test
    void idempotentReadsAreRetriedWithBackoff() {
        gateway.findByReference("warm-up");
        control.fault(BILLS_LIST, "\"type\":\"status\",\"status\":503,\"count\":2");
        long before = control.requests(BILLS_LIST);
        assertThat(gateway.findByReference("REF-1")).isEmpty();
        assertThat(control.requests(BILLS_LIST) - before).isEqualTo(3);
    }

    @Test
    void retriesGiveUpAfterTheLastAttempt() {
        gateway.findByReference("warm-up");
        control.fault(BILLS_LIST, "\"type\":\"status\",\"status\":502,\"count\":5");
        long before = control.requests(BILLS_LIST);
        UpstreamException e = catchThrowableOfType(UpstreamException.class, () -> gateway.findByReference("REF-1"));
        assertThat(e.kind()).isEqualTo(UpstreamException.Kind.UNAVAILABLE);
        assertThat(control.requests(BILLS_LIST) - before).isEqualTo(3);
    }

    @Test
    void billValidationAndEmailAreNeverRetried() {
        control.fault(VALIDATE, "\"type\":\"status\",\"status\":503,\"count\":1");
        UpstreamException e = catchThrowableOfType(UpstreamException.class, () -> gateway.issue(Invoices.request("REF-1")));
        assertThat(e.kind()).isEqualTo(UpstreamException.Kind.UNAVAILABLE);
        assertThat(control.requests(VALIDATE)).isEqualTo(1);

        String number = gateway.issue(Invoices.request("REF-2")).number();
        control.fault("POST /v1/bills/send-email/{number}", "\"type\":\"status\",\"status\":503,\"count\":1");
        catchThrowableOfType(UpstreamException.class, () -> gateway.sendEmail(number, "cliente@example.com"));
        assertThat(control.requests("POST /v1/bills/send-email/{number}")).isEqualTo(1);
    }

    @Test
    void theBulkheadTurnsAwayCallsBeyondItsLimit() throws Exception {
        gateway.findByReference("warm-up");
        control.call("PUT", "/__emulator/latency", "{\"endpoint\":\"" + BILLS_LIST + "\",\"millis\":600}");
        long before = control.requests(BILLS_LIST);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 4; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return gateway.findByReference("slow").isEmpty() ? "ok" : "found";
                    } catch (UpstreamException e) {
                        return e.kind().name();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).containsExactlyInAnyOrder("ok", "ok", "UNAVAILABLE", "UNAVAILABLE");
        }
        assertThat(control.requests(BILLS_LIST) - before).isEqualTo(2);
    }

    private boolean breakerIs(String state) {
        return meters.get("resilience4j.circuitbreaker.state").tag("state", state).gauge().value() == 1.0;
    }

    private static FactusResilienceSettings resilience(int breakerWindow, int bulkheadMaxCalls) {
        return new FactusResilienceSettings(breakerWindow, breakerWindow, 50f, OPEN_DURATION, 2, 3,
                Duration.ofMillis(10), 2.0, 0.5, Duration.ofMillis(100), bulkheadMaxCalls, Duration.ofMillis(50));
    }

    private void reconnect(FactusResilienceSettings resilience) {
        try {
            factory.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        connect(resilience);
    }

    private void connect(FactusResilienceSettings resilience) {
        FactusSettings settings = EmulatorSettings.of(emulator, emulator.credentials(), Duration.ofSeconds(5), 8, resilience);
        meters = new SimpleMeterRegistry();
        factory = new FactusAdapterFactory(settings, Clock.systemUTC(), meters);
        gateway = Providers.bills(factory, new ValidateSerializer(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMillis(50)));
    }
}
