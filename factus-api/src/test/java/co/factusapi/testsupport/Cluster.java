package co.factusapi.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scripts/cluster.sh} driven from a test: the emulator, a fresh PostgreSQL database, several instances of the
 * packaged service and HAProxy in front, each a real process. Without HAProxy on the machine the test is skipped,
 * unless FACTUS_TEST_REQUIRE_CLUSTER=true (as in CI, whose {@code .ci/run} installs it) makes that a failure.
 */
public final class Cluster implements AutoCloseable {
    private static final Path SCRIPT = Path.of("..", "scripts", "cluster.sh");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Path directory;
    private final int instances;
    private final int port;
    private final Map<String, String> settings;

    public Cluster(String name, int instances, String javaOptions, String serviceArguments) {
        requireHaproxy();
        this.directory = Path.of("target", name).toAbsolutePath();
        this.instances = instances;
        this.port = freePortRange(instances + 2);
        this.settings = Map.of("CLUSTER_DIR", directory.toString(), "CLUSTER_INSTANCES", Integer.toString(instances),
                "CLUSTER_PORT", Integer.toString(port), "CLUSTER_JAVA_OPTS", javaOptions,
                "CLUSTER_SERVICE_ARGS", serviceArguments);
    }

    public void up() {
        run(Duration.ofMinutes(4), "up");
    }

    /** The load balancer's address: what clients use. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** One instance's own address, behind the load balancer. */
    public String instanceUrl(int instance) {
        return "http://127.0.0.1:" + (port + instance);
    }

    public String emulatorUrl() {
        return "http://127.0.0.1:" + (port + instances + 1);
    }

    public int instances() {
        return instances;
    }

    public void kill(int instance) {
        run(Duration.ofSeconds(60), "kill", Integer.toString(instance));
    }

    public void start(int instance) {
        run(Duration.ofMinutes(3), "start", Integer.toString(instance));
    }

    public void stop(int instance) {
        run(Duration.ofSeconds(90), "stop", Integer.toString(instance));
    }

    public String adminPassword() {
        return read("admin.password");
    }

    /** The JDBC URL of the cluster's database. */
    public String databaseUrl() {
        return "jdbc:postgresql://127.0.0.1:5432/" + read("database");
    }

    /** A bearer token of the bootstrap admin (platform admin, acting for the default tenant). */
    public String adminToken() {
        return JSON.readTree(send("POST", baseUrl() + "/api/v1/auth/login", null,
                "{\"username\":\"admin\",\"password\":\"" + adminPassword() + "\"}")).path("access_token").asString();
    }

    /** POSTs JSON through the load balancer as {@code bearer}; the answer's body (a 2xx is required). */
    public JsonNode postJson(String path, String bearer, String body) {
        return JSON.readTree(send("POST", baseUrl() + path, bearer, body));
    }

    /** {@code count} API keys of the default tenant, made by the bootstrap admin through the load balancer. */
    public List<String> apiKeys(int count) {
        String token = adminToken();
        List<String> keys = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            keys.add(JSON.readTree(send("POST", baseUrl() + "/api/v1/api-keys", token,
                    "{\"name\":\"cluster-pos-" + c + "\"}")).path("key").asString());
        }
        return keys;
    }

    /** Slows the emulator's bill validation down to {@code millis}, as a real Factus answers. */
    public void upstreamLatency(int millis) {
        send("PUT", emulatorUrl() + "/__emulator/latency", null,
                "{\"endpoint\":\"POST /v1/bills/validate\",\"millis\":" + millis + "}");
    }

    /** Every bill the emulator holds: reference code and number, one element per bill (duplicates kept). */
    public List<Map.Entry<String, String>> emulatorBills() {
        List<Map.Entry<String, String>> bills = new ArrayList<>();
        for (JsonNode bill : JSON.readTree(send("GET", emulatorUrl() + "/__emulator/bills", null, null))) {
            bills.add(Map.entry(bill.path("reference_code").asString(), bill.path("number").asString()));
        }
        return bills;
    }

    /** The invoice ledger: reference code to {status, number}. */
    public Map<String, List<String>> ledger() {
        Map<String, List<String>> entries = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(databaseUrl(), PostgresDatabase.user(), "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT reference_code, status, number FROM documents "
                     + "WHERE kind = 'INVOICE'")) {
            while (rows.next()) {
                entries.put(rows.getString(1), Arrays.asList(rows.getString(2), rows.getString(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }

    /** The ledger once the reconciler has settled every UNKNOWN and PENDING entry, or as it is after {@code wait}. */
    public Map<String, List<String>> settledLedger(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        Map<String, List<String>> ledger = ledger();
        while (ledger.values().stream().anyMatch(entry -> List.of("UNKNOWN", "PENDING").contains(entry.getFirst()))
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
            ledger = ledger();
        }
        return ledger;
    }

    /** Whether one instance's readiness probe says UP. */
    public boolean ready(int instance) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(instanceUrl(instance) + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String send(String method, String url, String bearer, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        run(Duration.ofMinutes(2), "down");
    }

    private String read(String file) {
        try {
            return Files.readString(directory.resolve(file)).trim();
        } catch (IOException e) {
            throw new IllegalStateException("the cluster has no " + file + " yet", e);
        }
    }

    private void run(Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(directory);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(directory.toFile(), "cluster.log")));
            builder.environment().putAll(settings);
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("cluster.sh " + String.join(" ", arguments) + " took over " + timeout);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("cluster.sh " + String.join(" ", arguments) + " failed; see "
                        + directory.resolve("cluster.log"));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void requireHaproxy() {
        boolean present = List.of("/usr/sbin/haproxy", "/usr/bin/haproxy", "/usr/local/sbin/haproxy").stream()
                .anyMatch(path -> Files.isExecutable(Path.of(path)));
        if (!present) {
            if ("true".equals(System.getenv("FACTUS_TEST_REQUIRE_CLUSTER"))) {
                throw new IllegalStateException("FACTUS_TEST_REQUIRE_CLUSTER=true but haproxy is not installed");
            }
            Assumptions.abort("haproxy is not installed (apt-get install haproxy); set FACTUS_TEST_REQUIRE_CLUSTER=true "
                    + "to fail instead");
        }
    }

    /** The first of {@code count} consecutive free ports. */
    private static int freePortRange(int count) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int first = 20_000 + (int) (Math.random() * 30_000);
            if (allFree(first, count)) {
                return first;
            }
        }
        throw new IllegalStateException("no " + count + " consecutive free ports found");
    }

    private static boolean allFree(int first, int count) {
        for (int port = first; port < first + count; port++) {
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }
}
