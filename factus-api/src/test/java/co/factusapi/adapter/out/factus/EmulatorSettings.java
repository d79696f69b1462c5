package co.factusapi.adapter.out.factus;

import co.factusapi.emulator.EmulatorCredentials;
import co.factusapi.emulator.FactusEmulator;
import java.time.Duration;

/** Adapter settings pointing at a test emulator: short timeouts, a small pool, a one-hour catalogue cache. */
final class EmulatorSettings {
    private EmulatorSettings() {
    }

    /** {@code resilience} null means the production defaults. */
    static FactusSettings of(FactusEmulator emulator, EmulatorCredentials credentials, Duration validateTimeout,
                             int maxConnections, FactusResilienceSettings resilience) {
        return new FactusSettings(emulator.baseUrl(), credentials.clientId(), credentials.clientSecret(),
                credentials.username(), credentials.password(), Duration.ofSeconds(2), Duration.ofSeconds(5),
                validateTimeout, maxConnections, Duration.ofSeconds(60), Duration.ofHours(1), resilience);
    }
}
