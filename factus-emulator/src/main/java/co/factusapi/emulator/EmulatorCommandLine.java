package co.factusapi.emulator;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The standalone emulator's command line: either the options to start with, or the exit code once {@code --help}
 * or a usage error has been printed. Kept apart from {@link FactusEmulatorMain} so tests can run it without
 * {@code System.exit}.
 */
final class EmulatorCommandLine {
    static final int USAGE_ERROR = 2;
    static final String PORT_VARIABLE = "FACTUS_EMULATOR_PORT";
    private static final Set<String> HELP = Set.of("--help", "-h");
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--port", "--host", "--token-expires-in",
            "--rate-limit-per-minute");
    static final String USAGE = """
            Usage: java -jar factus-emulator.jar [options]

            Offline, in-memory stand-in for the Factus v1 e-invoicing API. Runs until Ctrl-C.

            Options:
              --port N               port to listen on (default 9080, or env FACTUS_EMULATOR_PORT; 0 = any free port)
              --host ADDRESS         address to bind (default 127.0.0.1; 0.0.0.0 accepts other machines)
              --token-expires-in S   lifetime of new access tokens in seconds (default 3600)
              --rate-limit-per-minute N
                                     requests a minute allowed to each account created later (default 80, as
                                     Factus; 0 = unlimited); the default account is always unlimited at start
              -h, --help             print this help and exit
            """;

    /** What to do after parsing. */
    sealed interface Outcome permits Start, Exit {
    }

    record Start(EmulatorOptions options) implements Outcome {
    }

    record Exit(int code) implements Outcome {
    }

    private EmulatorCommandLine() {
    }

    static Outcome parse(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        try {
            return parse(args, env, out);
        } catch (UsageException e) {
            err.println("factus-emulator: " + e.getMessage());
            err.println("Run with --help to see the options.");
            return new Exit(USAGE_ERROR);
        }
    }

    private static Outcome parse(String[] args, Map<String, String> env, PrintStream out) {
        EmulatorOptions defaults = EmulatorOptions.defaults();
        Integer port = null;
        String host = defaults.host();
        long expiresIn = defaults.tokenExpiresInSeconds();
        int perMinute = defaults.accountRateLimitPerMinute();
        Iterator<String> tokens = tokens(args);
        while (tokens.hasNext()) {
            String name = tokens.next();
            if (HELP.contains(name)) {
                out.print(USAGE);
                return new Exit(0);
            }
            if (!OPTIONS_WITH_VALUE.contains(name)) {
                throw new UsageException((name.startsWith("-") ? "unknown option " : "unexpected argument ") + name);
            }
            if (!tokens.hasNext()) {
                throw new UsageException(name + " needs a value");
            }
            String value = tokens.next();
            switch (name) {
                case "--port" -> port = port(value, name);
                case "--host" -> host = host(value);
                case "--rate-limit-per-minute" -> perMinute = requestsPerMinute(value);
                default -> expiresIn = positiveSeconds(value);
            }
        }
        int resolvedPort = port != null ? port : portFromEnvironment(env, defaults.port());
        return new Start(new EmulatorOptions(resolvedPort, host, expiresIn, defaults.clock(),
                defaults.overlapConflict(), perMinute));
    }

    /** Splits "--port=9090" into "--port", "9090" so both spellings parse alike. */
    private static Iterator<String> tokens(String[] args) {
        return Arrays.stream(args)
                .flatMap(arg -> arg.startsWith("--") && arg.contains("=") ? Arrays.stream(arg.split("=", 2))
                        : Stream.of(arg))
                .iterator();
    }

    private static int portFromEnvironment(Map<String, String> env, int defaultPort) {
        String value = env.get(PORT_VARIABLE);
        return value == null || value.isBlank() ? defaultPort : port(value, PORT_VARIABLE);
    }

    private static int port(String text, String source) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below, with the offending text
        }
        throw new UsageException(source + " must be a port number from 0 to 65535, not '" + text + "'");
    }

    private static String host(String text) {
        if (text.isBlank()) {
            throw new UsageException("--host needs an address");
        }
        return text.trim();
    }

    private static long positiveSeconds(String text) {
        try {
            long seconds = Long.parseLong(text.trim());
            if (seconds > 0) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below, with the offending text
        }
        throw new UsageException("--token-expires-in must be a positive number of seconds, not '" + text + "'");
    }

    private static int requestsPerMinute(String text) {
        try {
            int perMinute = Integer.parseInt(text.trim());
            if (perMinute >= 0) {
                return perMinute;
            }
        } catch (NumberFormatException e) {
            // reported below, with the offending text
        }
        throw new UsageException("--rate-limit-per-minute must be 0 (unlimited) or a positive number, not '" + text
                + "'");
    }

    private static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }
}
