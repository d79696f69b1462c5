package co.factusapi.adapter.in.web.tenant;

import static co.factusapi.testsupport.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.domain.party.NitCheckDigit;
import co.factusapi.emulator.EmulatorAccount;
import co.factusapi.emulator.EmulatorOptions;
import co.factusapi.emulator.FactusEmulator;
import co.factusapi.emulator.RateLimitCounters;
import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.DocumentFixture;
import co.factusapi.testsupport.PostgresEndToEndTest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A burst of 300 invoices for one tenant whose Factus account allows 80 requests a minute: every one ends ISSUED,
 * Factus never answers 429, its window never holds more than 80, and another tenant meanwhile issues as usual.
 * <p>Time runs ten times faster at this emulator (its rate window is a minute of its own clock) and the tenant's
 * allowance is set ten times higher (700 a minute of real time = 70 a minute of the emulator's), so the burst takes
 * about 30 s instead of four minutes while every ratio stays what it is at Factus. The burst tolerance is a count of
 * calls, which does not scale with time, so it is 1 here (10 calls at once would be 10 in a tenth of the minute).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factus.allowance.burst=1")
class UpstreamAllowanceEndToEndTest extends PostgresEndToEndTest {
    private static final int SPEED = 10;
    private static final int BURST = 300;

    private final FactusEmulator factusAtSpeed = FactusEmulator.start(EmulatorOptions.defaults().withPort(0)
            .withClock(fast(SPEED)));

    @AfterEach
    void stop() {
        factusAtSpeed.close();
    }

    @Test
    void aBurstWaitsItsTurnWithinTheAllowanceAndNeverSlowsAnotherTenant() throws Exception {
        ApiClient platform = api.asAdmin();
        EmulatorAccount account = factusAtSpeed.createAccount("burst", 80);
        ApiClient burstTenant = tenantKey(platform, liveTenant(account, 70 * SPEED));
        ApiClient otherTenant = tenantKey(platform, "{\"name\":\"Otro " + UUID.randomUUID() + "\",\"nit\":\""
                + nit(700_000_002L) + "\",\"sandbox\":true,\"requests_per_minute\":0}");
        List<Long> quietLatencies = issueInSequence(otherTenant, 10);

        long started = System.nanoTime();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<Long> busyLatencies;
        try (ExecutorService clients = Executors.newFixedThreadPool(32)) {
            List<Future<?>> burst = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                String reference = "BURST-" + i + "-" + UUID.randomUUID();
                burst.add(clients.submit(() -> statuses.merge(burstTenant.postJson("/api/v1/invoices",
                        DocumentFixture.INVOICE.body(reference, null)).statusCode(), 1, Integer::sum)));
            }
            busyLatencies = issueInSequence(otherTenant, 10);
            for (Future<?> invoice : burst) {
                invoice.get(3, TimeUnit.MINUTES);
            }
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        RateLimitCounters upstream = account.rateLimitCounters();
        System.out.printf("Allowance burst: %d invoices in %d s, answers %s; Factus saw %d requests, %d answered 429, "
                        + "at most %d in one minute of its clock (limit 80); other tenant p99 %d ms quiet, %d ms during "
                        + "the burst%n", BURST, seconds, statuses, upstream.accepted(), upstream.throttled(),
                upstream.maxInWindow(), p99(quietLatencies), p99(busyLatencies));
        assertThat(statuses).containsExactly(Map.entry(201, BURST));
        assertThat(upstream.throttled()).isZero();
        assertThat(upstream.maxInWindow()).isLessThanOrEqualTo(80);
        assertThat(account.counters().toString()).isNotEmpty();
        assertThat(busyLatencies).hasSize(10);
    }

    private String liveTenant(EmulatorAccount account, int perMinute) {
        return "{\"name\":\"Rafaga " + UUID.randomUUID() + "\",\"nit\":\"" + nit(700_000_001L + System.nanoTime() % 1000)
                + "\",\"requests_per_minute\":" + perMinute + ",\"factus\":{\"base_url\":\"" + factusAtSpeed.baseUrl()
                + "\",\"client_id\":\"" + account.credentials().clientId() + "\",\"client_secret\":\""
                + account.credentials().clientSecret() + "\",\"username\":\"" + account.credentials().username()
                + "\",\"password\":\"" + account.credentials().password() + "\"}}";
    }

    private ApiClient tenantKey(ApiClient platform, String tenant) {
        HttpResponse<String> created = platform.send("POST", "/api/v1/tenants", tenant, "application/json");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = json(platform.send("POST", "/api/v1/api-keys", "{\"name\":\"pos\"}", "application/json",
                "Factus-Tenant", json(created).path("id").asString())).path("key").asString();
        return api.withKey(key);
    }

    private static List<Long> issueInSequence(ApiClient client, int count) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            HttpResponse<String> issued = client.postJson("/api/v1/invoices",
                    DocumentFixture.INVOICE.body("OTHER-" + UUID.randomUUID(), null));
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
            millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
        return millis;
    }

    private static long p99(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
    }

    private static String nit(long number) {
        String digits = Long.toString(number);
        return digits + "-" + NitCheckDigit.of(digits);
    }

    /** A clock that runs {@code factor} times faster than real time from now on. */
    private static Clock fast(int factor) {
        Instant start = Instant.now();
        long origin = System.nanoTime();
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("America/Bogota");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return start.plusNanos((System.nanoTime() - origin) * factor);
            }
        };
    }
}
