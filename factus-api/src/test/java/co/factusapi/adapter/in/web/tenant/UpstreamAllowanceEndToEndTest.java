package co.factusapi.adapter.in.web.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.emulator.EmulatorAccount;
import co.factusapi.emulator.RateLimitCounters;
import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.DocumentFixture;
import co.factusapi.testsupport.FastFactus;
import co.factusapi.testsupport.PostgresEndToEndTest;
import java.net.http.HttpResponse;
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

    private final FastFactus factusAtSpeed = new FastFactus(SPEED);

    @AfterEach
    void stop() {
        factusAtSpeed.close();
    }

    @Test
    void aBurstWaitsItsTurnWithinTheAllowanceAndNeverSlowsAnotherTenant() throws Exception {
        EmulatorAccount account = factusAtSpeed.account("burst", 80);
        ApiClient burstTenant = factusAtSpeed.tenant(api, account, 70);
        ApiClient otherTenant = FastFactus.tenant(api, "{\"name\":\"Otro " + UUID.randomUUID() + "\",\"nit\":\""
                + FastFactus.nit(700_000_002L) + "\",\"sandbox\":true,\"requests_per_minute\":0}");
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
}
