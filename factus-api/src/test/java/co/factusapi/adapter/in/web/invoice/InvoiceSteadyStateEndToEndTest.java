package co.factusapi.adapter.in.web.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.config.FactusConfig;
import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.EmulatorControl;
import co.factusapi.testsupport.InvoiceJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Steady state of the invoice flow: 1,000 invoices from 16 concurrent clients cost exactly 1,000 upstream validate
 * calls, and the numbering ranges and municipalities are fetched at most once (the first cache fill).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InvoiceSteadyStateEndToEndTest {
    private static final int INVOICES = 1_000;
    private static final int CLIENTS = 16;
    private static final List<String> WATCHED = List.of("POST /v1/bills/validate", "GET /v1/numbering-ranges",
            "GET /v1/municipalities");

    @LocalServerPort
    private int port;
    @Autowired
    private FactusConfig.EmbeddedFactus factus;

    @Test
    void aThousandInvoicesMakeAThousandValidateCallsAndNoCatalogueCalls() throws Exception {
        ApiClient api = new ApiClient(port).withNewApiKey();
        new EmulatorControl(factus.emulator()).clearFaults();
        Map<String, Long> before = watched();
        String run = Long.toString(System.nanoTime(), 36);
        AtomicInteger next = new AtomicInteger();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();

        long started = System.nanoTime();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            Runnable client = () -> {
                for (int i = next.getAndIncrement(); i < INVOICES; i = next.getAndIncrement()) {
                    int status = api.postJson("/api/v1/invoices",
                            InvoiceJson.body("SS-" + run + "-" + i, "1137624282", "CC", null)).statusCode();
                    statuses.merge(status, 1, Integer::sum);
                }
            };
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                workers.add(clients.submit(client));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        System.out.printf("%d invoices from %d clients in %d ms%n", INVOICES, CLIENTS,
                (System.nanoTime() - started) / 1_000_000);

        Map<String, Long> after = watched();
        assertThat(statuses).containsExactly(Map.entry(201, INVOICES));
        assertThat(after.get("POST /v1/bills/validate") - before.get("POST /v1/bills/validate")).isEqualTo(INVOICES);
        assertThat(after.get("GET /v1/numbering-ranges") - before.get("GET /v1/numbering-ranges")).isLessThanOrEqualTo(1);
        assertThat(after.get("GET /v1/municipalities") - before.get("GET /v1/municipalities")).isLessThanOrEqualTo(1);
    }

    private Map<String, Long> watched() {
        Map<String, Long> requests = factus.emulator().counters().requests();
        Map<String, Long> counts = new HashMap<>();
        WATCHED.forEach(endpoint -> counts.put(endpoint, requests.getOrDefault(endpoint, 0L)));
        return counts;
    }
}
