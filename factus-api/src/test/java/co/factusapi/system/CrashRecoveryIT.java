package co.factusapi.system;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.emulator.EmulatorCredentials;
import co.factusapi.emulator.FactusEmulator;
import co.factusapi.testsupport.EmulatorControl;
import co.factusapi.testsupport.InvoiceJson;
import co.factusapi.testsupport.PostgresDatabase;
import co.factusapi.testsupport.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service on PostgreSQL, killed with SIGKILL twice while clients issue invoices through it, each retrying the
 * same request (same Idempotency-Key, same body) until it gets its invoice. Nothing may be lost or issued twice, and
 * a client whose request died with the instance gets its invoice within 30 s of the service being ready again.
 */
class CrashRecoveryIT {
    private static final int CLIENTS = 8;
    private static final int INVOICES_PER_CLIENT = 8;
    private static final Duration UPSTREAM_LATENCY = Duration.ofMillis(300);
    private static final Duration MAX_WAIT_AFTER_RESTART = Duration.ofSeconds(30);
    private static final String ADMIN_PASSWORD = "crash-test-admin-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Long> readyAt = new CopyOnWriteArrayList<>();
    private final Map<String, String> issuedNumbers = new ConcurrentHashMap<>();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final Map<String, List<String>> history = new ConcurrentHashMap<>();
    private volatile String slowest = "none";
    private final AtomicLong longestWaitMillis = new AtomicLong();

    @Test
    void retriesAfterAnInstanceDiesGetTheirInvoiceExactlyOnce() throws Exception {
        String databaseUrl = PostgresDatabase.freshSchemaUrl();
        try (FactusEmulator emulator = FactusEmulator.start(0);
             ServiceProcess service = new ServiceProcess("crash-recovery", environment(emulator, databaseUrl),
                     List.of("--factus-api.rate-limit.requests-per-minute=1000000",
                             "--factus-api.reconciler.interval=2s"))) {
            new EmulatorControl(emulator).call("PUT", "/__emulator/latency",
                    "{\"endpoint\":\"POST /v1/bills/validate\",\"millis\":" + UPSTREAM_LATENCY.toMillis() + "}");
            service.start(Duration.ofSeconds(90));
            readyAt.add(System.nanoTime());
            List<String> keys = apiKeys(service.baseUrl());

            try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    running.add(clients.submit(() -> issueAll(service.baseUrl(), keys.get(client), client)));
                }
                int kills = killAndRestart(service, INVOICES_PER_CLIENT * CLIENTS / 4)
                        + killAndRestart(service, INVOICES_PER_CLIENT * CLIENTS * 5 / 8);
                for (Future<?> client : running) {
                    client.get();
                }
                Map<String, String> emulatorBills = emulatorBills(emulator);
                Map<String, List<String>> ledger = ledger(databaseUrl);
                System.out.printf("crash recovery: %d clients, %d invoices, %d requests, %d kills, %d requests dropped "
                                + "while the service was down, %d 409s seen, longest wait after a restart %d ms, emulator bills %d, "
                                + "ledger entries %d%n", CLIENTS, issuedNumbers.size(), requests.get(), kills,
                        dropped.get(), conflicts.get(), longestWaitMillis.get(), emulatorBills.size(), ledger.size());
                System.out.printf("crash recovery: ready at %s ms; slowest after a restart: %s%n",
                        readyAt.stream().map(t -> (t - readyAt.getFirst()) / 1_000_000).toList(), slowest);

                assertThat(kills).isEqualTo(2);
                assertThat(issuedNumbers).hasSize(CLIENTS * INVOICES_PER_CLIENT);
                assertThat(longestWaitMillis.get()).isLessThanOrEqualTo(MAX_WAIT_AFTER_RESTART.toMillis());
                assertThat(emulatorBills).isEqualTo(issuedNumbers);
                assertThat(ledger).hasSize(issuedNumbers.size()).allSatisfy((reference, entry) ->
                        assertThat(entry).containsExactly("ISSUED", issuedNumbers.get(reference)));
            }
        }
    }

    /** Waits until {@code after} invoices are done, kills the service mid-load and starts it again. */
    private int killAndRestart(ServiceProcess service, int after) throws Exception {
        while (done.get() < after) {
            Thread.sleep(5);
        }
        service.kill();
        service.start(Duration.ofSeconds(90));
        readyAt.add(System.nanoTime());
        return 1;
    }

    private void issueAll(String baseUrl, String apiKey, int client) {
        for (int i = 0; i < INVOICES_PER_CLIENT; i++) {
            String reference = "CRASH-" + client + "-" + i;
            issueUntilFinal(baseUrl, apiKey, reference);
            done.incrementAndGet();
        }
    }

    /** Like a careful POS: the same request until a final answer; a dropped connection is not one. */
    private void issueUntilFinal(String baseUrl, String apiKey, String reference) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/invoices"))
                .header("Content-Type", "application/json").header("X-API-Key", apiKey)
                .header("Idempotency-Key", reference).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(InvoiceJson.body(reference, "1137624282", "CC", null)))
                .build();
        int lostTo = -1;
        while (true) {
            requests.incrementAndGet();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                trace(reference, Integer.toString(response.statusCode()));
                if (response.statusCode() == 201) {
                    issuedNumbers.put(reference, JSON.readTree(response.body()).path("number").asString());
                    recordWait(reference, lostTo);
                    return;
                }
                assertThat(response.statusCode()).as(response.body()).isIn(202, 409, 503, 504);
                if (response.statusCode() == 409) {
                    conflicts.incrementAndGet();
                }
            } catch (IOException connectionDropped) {
                trace(reference, connectionDropped.getClass().getSimpleName());
                dropped.incrementAndGet();
                lostTo = readyAt.size();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
    }

    /** How long after the restart that followed its lost attempt this request got its invoice. */
    private void recordWait(String reference, int restart) {
        if (restart < 0) {
            return;
        }
        // Done before this test saw the readiness probe answer (it polls): no wait to speak of.
        long waited = restart >= readyAt.size() ? 0 : (System.nanoTime() - readyAt.get(restart)) / 1_000_000;
        if (waited > longestWaitMillis.getAndAccumulate(waited, Math::max)) {
            slowest = reference + " " + history.get(reference);
        }
    }

    /** What a request's attempts got (repeats folded), in ms since the run began: the slowest one's story. */
    private void trace(String reference, String outcome) {
        long at = (System.nanoTime() - readyAt.getFirst()) / 1_000_000;
        List<String> attempts = history.computeIfAbsent(reference, r -> new CopyOnWriteArrayList<>());
        if (attempts.isEmpty() || !attempts.getLast().startsWith(outcome + "@")) {
            attempts.add(outcome + "@" + at + "ms");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<String> apiKeys(String baseUrl) throws IOException, InterruptedException {
        String token = JSON.readTree(post(baseUrl + "/api/v1/auth/login", null,
                "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}")).path("access_token").asString();
        List<String> keys = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            keys.add(JSON.readTree(post(baseUrl + "/api/v1/api-keys", token, "{\"name\":\"pos-" + c + "\"}"))
                    .path("key").asString());
        }
        return keys;
    }

    private String post(String url, String bearer, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Reference code to number of every bill the emulator holds; a reference issued twice fails here. */
    private static Map<String, String> emulatorBills(FactusEmulator emulator) {
        Map<String, String> bills = new HashMap<>();
        for (JsonNode bill : JSON.readTree(new EmulatorControl(emulator).bills())) {
            String previous = bills.put(bill.path("reference_code").asString(), bill.path("number").asString());
            assertThat(previous).as("bill issued twice for " + bill.path("reference_code").asString()).isNull();
        }
        return bills;
    }

    private static Map<String, List<String>> ledger(String databaseUrl) throws Exception {
        Map<String, List<String>> entries = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(databaseUrl, PostgresDatabase.user(), "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT reference_code, status, number FROM documents "
                     + "WHERE kind = 'INVOICE'")) {
            while (rows.next()) {
                entries.put(rows.getString(1), List.of(rows.getString(2), rows.getString(3)));
            }
        }
        return entries;
    }

    private static Map<String, String> environment(FactusEmulator emulator, String databaseUrl) {
        EmulatorCredentials credentials = emulator.credentials();
        return Map.ofEntries(Map.entry("SPRING_DATASOURCE_URL", databaseUrl),
                Map.entry("SPRING_DATASOURCE_USERNAME", PostgresDatabase.user()),
                // A database server has no data directory to generate the vault key in: it must be given.
                Map.entry("FACTUS_API_MASTER_KEY", "Y3Jhc2gtcmVjb3ZlcnktbWFzdGVyLWtleS0zMi1ieXQ="),
                Map.entry("FACTUS_API_JWT_SECRET", "crash-recovery-jwt-secret-of-at-least-32-bytes"),
                Map.entry("SPRING_DATASOURCE_PASSWORD", ""), Map.entry("FACTUS_BASE_URL", emulator.baseUrl()),
                // The emulator's default account has no rate limit, so there is no allowance to pace under.
                Map.entry("FACTUS_ALLOWANCE_REQUESTS_PER_MINUTE", "0"),
                Map.entry("FACTUS_CLIENT_ID", credentials.clientId()),
                Map.entry("FACTUS_CLIENT_SECRET", credentials.clientSecret()),
                Map.entry("FACTUS_USERNAME", credentials.username()), Map.entry("FACTUS_PASSWORD", credentials.password()),
                Map.entry("FACTUS_API_ADMIN_PASSWORD", ADMIN_PASSWORD));
    }
}
