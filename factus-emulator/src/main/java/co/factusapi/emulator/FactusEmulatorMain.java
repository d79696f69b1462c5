package co.factusapi.emulator;

import java.util.concurrent.CountDownLatch;

/** Runs the emulator standalone: {@code --port N} (or FACTUS_EMULATOR_PORT), {@code --host}, {@code --token-expires-in}. */
public final class FactusEmulatorMain {
    private FactusEmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmulatorOptions defaults = EmulatorOptions.defaults();
        String envPort = System.getenv("FACTUS_EMULATOR_PORT");
        int port = envPort == null || envPort.isBlank() ? defaults.port() : Integer.parseInt(envPort.trim());
        String host = defaults.host();
        long expiresIn = defaults.tokenExpiresInSeconds();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--host" -> host = args[i + 1];
                case "--token-expires-in" -> expiresIn = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + " (use --port, --host, --token-expires-in)");
            }
        }
        FactusEmulator emulator = FactusEmulator.start(
                new EmulatorOptions(port, host, expiresIn, defaults.clock(), defaults.overlapConflict()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }));
        EmulatorCredentials credentials = emulator.credentials();
        System.out.println("Factus emulator listening on " + emulator.baseUrl());
        System.out.println("  client_id     " + credentials.clientId());
        System.out.println("  client_secret " + credentials.clientSecret());
        System.out.println("  username      " + credentials.username());
        System.out.println("  password      " + credentials.password());
        System.out.println("  control plane " + emulator.baseUrl() + "/__emulator/");
        stopped.await();
    }
}
