package co.factusapi.system;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.testsupport.Cluster;
import co.factusapi.testsupport.InvoiceJson;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three instances on one PostgreSQL behind HAProxy ({@code scripts/cluster.sh}), under steady load from clients that
 * repeat each request with its Idempotency-Key until they get a final answer. Every few seconds one instance is
 * killed with SIGKILL and started again; PostgreSQL itself is restarted once mid-run. Afterwards every invoice a client
 * saw as 201 is ISSUED in the ledger and at the emulator, the two agree one to one, no reference was issued twice,
 * nothing is left UNKNOWN or PENDING after the reconciler's pass, and every instance became ready again after the
 * database came back without being restarted. Bounded: five kills, a minute or two of load; the figures are printed.
 * FACTUS_CHAOS_RESTART_POSTGRES=false leaves the database alone (for a machine where other builds share it).
 */
class ClusterChaosIT {
    private static final int CLIENTS = 6;
    private static final int KILLS = 5;
    private static final Duration KILL_EVERY = Duration.ofSeconds(3);
    private static final boolean RESTART_DATABASE = !"false".equals(System.getenv("FACTUS_CHAOS_RESTART_POSTGRES"));
    private static final Duration SETTLE = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> seen = new ConcurrentHashMap<>();
    private final AtomicBoolean loading = new AtomicBoolean(true);
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();

    @Test
    void killedInstancesAndARestartedDatabaseLoseNothingAndIssueNothingTwice() throws Exception {
        try (Cluster cluster = new Cluster("cluster-chaos", 3, "-XX:TieredStopAtLevel=1 -Xmx384m",
                "--factus-api.rate-limit.requests-per-minute=1000000 --factus-api.reconciler.interval=2s")) {
            cluster.up();
            send("PUT", cluster.emulatorUrl() + "/__emulator/latency", null,
                    "{\"endpoint\":\"POST /v1/bills/validate\",\"millis\":150}");
            List<String> keys = apiKeys(cluster);

            int kills;
            boolean databaseRestarted;
            long readyAgainMillis;
            try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    String key = keys.get(c);
                    String prefix = "CHAOS-" + c + "-";
                    running.add(clients.submit(() -> issueWhileLoading(cluster.baseUrl(), key, prefix)));
                }
                kills = 0;
                databaseRestarted = false;
                readyAgainMillis = -1;
                while (kills < KILLS) {
                    Thread.sleep(KILL_EVERY.toMillis());
                    int victim = kills % cluster.instances() + 1;
                    cluster.kill(victim);
                    kills++;
                    if (kills == 2 && RESTART_DATABASE) {
                        readyAgainMillis = restartDatabaseAndAwaitReadiness(cluster, victim);
                        databaseRestarted = true;
                    }
                    cluster.start(victim);
                }
                loading.set(false);
                for (Future<?> client : running) {
                    client.get(3, TimeUnit.MINUTES);
                }
            }

            Map<String, List<String>> ledger = settledLedger(cluster.databaseUrl());
            Map<String, String> emulatorBills = emulatorBills(cluster);
            long unsettled = ledger.values().stream().filter(entry -> !entry.getFirst().equals("ISSUED")).count();
            System.out.printf("cluster chaos: %d clients, %d requests, %d retries, %d kills, database restarted %s "
                            + "(instances ready again %d ms after), %d invoices seen as 201, %d ledger entries, "
                            + "%d emulator bills, %d not ISSUED, duplicates = %d, lost = %d%n", CLIENTS, requests.get(),
                    retries.get(), kills, databaseRestarted, readyAgainMillis, seen.size(), ledger.size(),
                    emulatorBills.size(), unsettled, duplicates(cluster), lost(ledger));

            assertThat(kills).isEqualTo(KILLS);
            assertThat(databaseRestarted).isEqualTo(RESTART_DATABASE);
            assertThat(seen).hasSizeGreaterThan(50);
            assertThat(unsettled).isZero();
            assertThat(lost(ledger)).isZero();
            assertThat(duplicates(cluster)).isZero();
            // Ledger and emulator agree one to one, and every 201 a client saw is among them with its number.
            assertThat(ledger.keySet()).isEqualTo(emulatorBills.keySet());
            ledger.forEach((reference, entry) -> assertThat(entry.get(1)).isEqualTo(emulatorBills.get(reference)));
            seen.forEach((reference, number) -> assertThat(emulatorBills).containsEntry(reference, number));
        }
    }

    /** Like a careful POS: each invoice is repeated (same key, same body) until a final answer. */
    private void issueWhileLoading(String baseUrl, String apiKey, String prefix) {
        for (int i = 0; loading.get(); i++) {
            issueUntilFinal(baseUrl, apiKey, prefix + i);
        }
    }

    private void issueUntilFinal(String baseUrl, String apiKey, String reference) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/invoices"))
                .header("Content-Type", "application/json").header("X-API-Key", apiKey)
                .header("Idempotency-Key", reference).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(InvoiceJson.body(reference, "1137624282", "CC", null)))
                .build();
        for (int attempt = 0; ; attempt++) {
            if (attempt > 0) {
                retries.incrementAndGet();
                pause();
            }
            requests.incrementAndGet();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    seen.put(reference, JSON.readTree(response.body()).path("number").asString());
                    return;
                }
                // 202 unknown yet, 409 in progress, 502/503/504 from HAProxy or an instance whose database is down.
                assertThat(response.statusCode()).as(response.body()).isIn(202, 409, 502, 503, 504);
            } catch (IOException connectionDropped) {
                // the instance died under the request: repeat it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Restarts PostgreSQL while {@code down} is dead, and returns how long after the database came back every running
     * instance's readiness probe said UP again, none of them restarted.
     */
    private long restartDatabaseAndAwaitReadiness(Cluster cluster, int down) throws Exception {
        Process restart = new ProcessBuilder("bash", "-c",
                "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql | sort -V | tail -1) main restart")
                .inheritIO().start();
        assertThat(restart.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(restart.exitValue()).as("pg_ctlcluster restart").isZero();
        long back = System.nanoTime();
        long deadline = back + Duration.ofSeconds(60).toNanos();
        for (int instance = 1; instance <= cluster.instances(); instance++) {
            if (instance == down) {
                continue;
            }
            while (!ready(cluster.instanceUrl(instance))) {
                assertThat(System.nanoTime()).as("instance " + instance + " ready again").isLessThan(deadline);
                Thread.sleep(200);
            }
        }
        return (System.nanoTime() - back) / 1_000_000;
    }

    private boolean ready(String instanceUrl) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(instanceUrl + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Reference to {status, number}, once the reconciler has settled every UNKNOWN and PENDING entry. */
    private static Map<String, List<String>> settledLedger(String databaseUrl) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        Map<String, List<String>> ledger = ledger(databaseUrl);
        while (ledger.values().stream().anyMatch(entry -> List.of("UNKNOWN", "PENDING").contains(entry.getFirst()))
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
            ledger = ledger(databaseUrl);
        }
        return ledger;
    }

    private static Map<String, List<String>> ledger(String databaseUrl) throws Exception {
        Map<String, List<String>> entries = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(databaseUrl, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT reference_code, status, number FROM documents "
                     + "WHERE kind = 'INVOICE'")) {
            while (rows.next()) {
                entries.put(rows.getString(1), java.util.Arrays.asList(rows.getString(2), rows.getString(3)));
            }
        }
        return entries;
    }

    /** Invoices a client saw as 201 that the ledger does not hold as ISSUED under the same number. */
    private long lost(Map<String, List<String>> ledger) {
        return seen.entrySet().stream().filter(invoice -> !List.of("ISSUED", invoice.getValue())
                .equals(ledger.get(invoice.getKey()))).count();
    }

    private Map<String, String> emulatorBills(Cluster cluster) throws Exception {
        Map<String, String> bills = new HashMap<>();
        for (JsonNode bill : JSON.readTree(send("GET", cluster.emulatorUrl() + "/__emulator/bills", null, null))) {
            bills.put(bill.path("reference_code").asString(), bill.path("number").asString());
        }
        return bills;
    }

    /** Bills the emulator holds beyond one per reference code. */
    private long duplicates(Cluster cluster) throws Exception {
        JsonNode bills = JSON.readTree(send("GET", cluster.emulatorUrl() + "/__emulator/bills", null, null));
        return bills.size() - emulatorBills(cluster).size();
    }

    private List<String> apiKeys(Cluster cluster) throws Exception {
        String token = JSON.readTree(send("POST", cluster.baseUrl() + "/api/v1/auth/login", null,
                "{\"username\":\"admin\",\"password\":\"" + cluster.adminPassword() + "\"}"))
                .path("access_token").asString();
        List<String> keys = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            keys.add(JSON.readTree(send("POST", cluster.baseUrl() + "/api/v1/api-keys", token,
                    "{\"name\":\"chaos-pos-" + c + "\"}")).path("key").asString());
        }
        return keys;
    }

    private String send(String method, String url, String bearer, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + url + ": " + response.body()).isBetween(200, 299);
        return response.body();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
