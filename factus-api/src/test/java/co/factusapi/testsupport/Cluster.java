package co.factusapi.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * {@code scripts/cluster.sh} driven from a test: the emulator, a fresh PostgreSQL database, several instances of the
 * packaged service and HAProxy in front, each a real process. Without HAProxy on the machine the test is skipped,
 * unless FACTUS_TEST_REQUIRE_CLUSTER=true (as in CI, whose {@code .ci/run} installs it) makes that a failure.
 */
public final class Cluster implements AutoCloseable {
    private static final Path SCRIPT = Path.of("..", "scripts", "cluster.sh");
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
