package co.factusapi.emulator;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/** Runs the emulator standalone until Ctrl-C / SIGTERM; {@code --help} lists the options. */
public final class FactusEmulatorMain {
    private static final int START_FAILED = 1;

    private FactusEmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        switch (EmulatorCommandLine.parse(args, System.getenv(), System.out, System.err)) {
            case EmulatorCommandLine.Exit exit -> System.exit(exit.code());
            case EmulatorCommandLine.Start start -> runUntilStopped(start.options());
        }
    }

    private static void runUntilStopped(EmulatorOptions options) throws InterruptedException {
        FactusEmulator emulator;
        try {
            emulator = FactusEmulator.start(options);
        } catch (IllegalStateException e) {
            // Usually the port is taken: say so in one line instead of a stack trace.
            System.err.println("factus-emulator: " + e.getMessage() + ": " + rootCause(e).getMessage());
            System.exit(START_FAILED);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }));
        printBanner(emulator, System.out);
        stopped.await();
    }

    static void printBanner(FactusEmulator emulator, PrintStream out) {
        EmulatorCredentials credentials = emulator.credentials();
        out.println("Factus emulator listening on " + emulator.baseUrl());
        out.println("  token URL     " + emulator.baseUrl() + "/oauth/token");
        out.println("  client_id     " + credentials.clientId());
        out.println("  client_secret " + credentials.clientSecret());
        out.println("  username      " + credentials.username());
        out.println("  password      " + credentials.password());
        out.println("  control plane " + emulator.baseUrl() + "/__emulator/");
        out.println("Stop it with Ctrl-C.");
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
