package co.factusapi.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone command line: parsed in-process, plus the real main in a child JVM for its exit codes. */
class EmulatorCommandLineTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private EmulatorCommandLine.Outcome parse(Map<String, String> env, String... args) {
        return EmulatorCommandLine.parse(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private EmulatorOptions started(Map<String, String> env, String... args) {
        EmulatorCommandLine.Outcome outcome = parse(env, args);
        assertThat(outcome).isInstanceOf(EmulatorCommandLine.Start.class);
        return ((EmulatorCommandLine.Start) outcome).options();
    }

    @Test
    void helpPrintsEveryOptionAndExitsZero() {
        assertThat(parse(Map.of(), "--port", "9090", "--help")).isEqualTo(new EmulatorCommandLine.Exit(0));
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Usage: java -jar factus-emulator.jar", "--port N", "--host ADDRESS", "--token-expires-in S",
                        "--rate-limit-per-minute N", "FACTUS_EMULATOR_PORT", "-h, --help");
        assertThat(err.size()).isZero();
        assertThat(parse(Map.of(), "-h")).isEqualTo(new EmulatorCommandLine.Exit(0));
    }

    @Test
    void unknownOptionIsAUsageErrorNamingTheOption() {
        assertThat(parse(Map.of(), "--prot", "9090")).isEqualTo(new EmulatorCommandLine.Exit(2));
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("factus-emulator: unknown option --prot", "Run with --help");
        assertThat(out.size()).isZero();
    }

    @Test
    void missingOrMalformedValuesAreUsageErrors() {
        assertThat(parse(Map.of(), "--port")).isEqualTo(new EmulatorCommandLine.Exit(2));
        assertThat(parse(Map.of(), "--port", "ninety")).isEqualTo(new EmulatorCommandLine.Exit(2));
        assertThat(parse(Map.of(), "--port", "70000")).isEqualTo(new EmulatorCommandLine.Exit(2));
        assertThat(parse(Map.of(), "--token-expires-in", "0")).isEqualTo(new EmulatorCommandLine.Exit(2));
        assertThat(parse(Map.of(), "9090")).isEqualTo(new EmulatorCommandLine.Exit(2));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port needs a value",
                "--port must be a port number from 0 to 65535, not 'ninety'", "not '70000'",
                "--token-expires-in must be a positive number of seconds, not '0'", "unexpected argument 9090");
    }

    @Test
    void optionsAcceptBothSpellingsAndOverrideTheDefaults() {
        EmulatorOptions spaced = started(Map.of(), "--port", "9090", "--host", "0.0.0.0", "--token-expires-in", "60");
        EmulatorOptions joined = started(Map.of(), "--port=9091", "--host=localhost");

        assertThat(spaced.port()).isEqualTo(9090);
        assertThat(spaced.host()).isEqualTo("0.0.0.0");
        assertThat(spaced.tokenExpiresInSeconds()).isEqualTo(60);
        assertThat(joined.port()).isEqualTo(9091);
        assertThat(joined.host()).isEqualTo("localhost");
        assertThat(joined.tokenExpiresInSeconds()).isEqualTo(3600);
    }

    @Test
    void rateLimitForNewAccountsDefaultsToFactussAndCanBeLiftedOrChanged() {
        assertThat(started(Map.of()).accountRateLimitPerMinute()).isEqualTo(80);
        assertThat(started(Map.of(), "--rate-limit-per-minute", "0").accountRateLimitPerMinute()).isZero();
        assertThat(started(Map.of(), "--rate-limit-per-minute=5").accountRateLimitPerMinute()).isEqualTo(5);
        assertThat(parse(Map.of(), "--rate-limit-per-minute", "-1")).isEqualTo(new EmulatorCommandLine.Exit(2));
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--rate-limit-per-minute must be 0 (unlimited) or a positive number, not '-1'");
    }

    @Test
    void portComesFromTheEnvironmentUnlessGivenOnTheCommandLine() {
        Map<String, String> env = Map.of(EmulatorCommandLine.PORT_VARIABLE, " 9333 ");

        assertThat(started(env).port()).isEqualTo(9333);
        assertThat(started(env, "--port", "9090").port()).isEqualTo(9090);
        assertThat(started(Map.of()).port()).isEqualTo(9080);
        assertThat(parse(Map.of(EmulatorCommandLine.PORT_VARIABLE, "x"))).isEqualTo(new EmulatorCommandLine.Exit(2));
    }

    @Test
    void realMainExitsZeroOnHelpAndTwoOnAnUnknownOption() throws Exception {
        ChildRun help = runMain("--help");
        ChildRun unknown = runMain("--verbose");

        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("--token-expires-in");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.stderr()).contains("unknown option --verbose").doesNotContain("Exception");
    }

    @Test
    void realMainPrintsCredentialsWithoutLoggingWarnings(@TempDir Path dir) throws Exception {
        // A file, because destroy() closes the pipes before the child's last words could be read.
        Path stderr = dir.resolve("stderr.txt");
        Process process = childJvm("--port", "0").redirectError(stderr.toFile()).start();
        try {
            String banner = readUntil(process, "Stop it with Ctrl-C.");
            assertThat(banner).contains("Factus emulator listening on http://127.0.0.1:", "factus-emulator-client",
                    "factus-emulator-secret", "sandbox@factus-emulator.local", "emulator-password", "/__emulator/");
        } finally {
            process.destroy();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.readString(stderr)).doesNotContain("SLF4J", "WARN");
    }

    @Test
    void realMainExitsOneWithOneLineWhenThePortIsTaken() throws Exception {
        try (FactusEmulator holder = FactusEmulator.start(0)) {
            String port = holder.baseUrl().substring(holder.baseUrl().lastIndexOf(':') + 1);
            ChildRun taken = runMain("--port", port);

            assertThat(taken.exitCode()).isEqualTo(1);
            assertThat(taken.stderr()).contains("Could not start the Factus emulator on 127.0.0.1:" + port)
                    .doesNotContain("\tat ");
        }
    }

    private record ChildRun(int exitCode, String stdout, String stderr) {
    }

    /** The child's stdout up to the given line (or its end, if it dies first). */
    private static String readUntil(Process process, String lastLine) throws IOException {
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder text = new StringBuilder();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            text.append(line).append('\n');
            if (line.equals(lastLine)) {
                break;
            }
        }
        return text.toString();
    }

    private static ChildRun runMain(String... args) throws IOException, InterruptedException {
        Process process = childJvm(args).start();
        process.getOutputStream().close();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new ChildRun(process.exitValue(), stdout, stderr);
    }

    private static ProcessBuilder childJvm(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                FactusEmulatorMain.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove(EmulatorCommandLine.PORT_VARIABLE);
        return builder;
    }
}
