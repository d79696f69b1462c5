package co.factusapi.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/factus-api.jar}) as a separate operating-system process, so a test can kill
 * it the way a machine loses one (SIGKILL: no shutdown hook, connections dropped, memory gone) and start it again.
 * Each start logs to its own file under {@code target/}.
 */
public final class ServiceProcess implements AutoCloseable {
    private static final Path JAR = Path.of("target", "factus-api.jar");
    private final Map<String, String> environment;
    private final List<String> arguments;
    private final int port;
    private final String name;
    private Process process;
    private int starts;

    public ServiceProcess(String name, Map<String, String> environment, List<String> arguments) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the integration tests with "
                    + "./mvnw verify, which packages the jar first");
        }
        this.name = name;
        this.environment = Map.copyOf(environment);
        this.arguments = List.copyOf(arguments);
        this.port = freePort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Starts the jar and waits until its readiness probe is UP; returns how long that took. */
    public Duration start(Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-XX:TieredStopAtLevel=1", "-jar",
                JAR.toString(), "--server.port=" + port));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File("target", name + "-" + (++starts) + ".log"));
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        process = builder.start();
        awaitReady(timeout);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** SIGKILL: the process gets no chance to finish anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see target/"
                            + name + "-" + starts + ".log");
                }
                try {
                    HttpResponse<String> readiness = http.send(HttpRequest.newBuilder(
                            URI.create(baseUrl() + "/actuator/health/readiness")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (readiness.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException(name + " was not ready within " + timeout);
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
