package co.factusapi.adapter.out.factus;

import co.factusapi.emulator.EmulatorCredentials;
import co.factusapi.emulator.FactusEmulator;
import java.time.Duration;

/** Adapter settings pointing at a test emulator: short timeouts, a small pool, a one-hour catalogue cache. */
final class EmulatorSettings {
    private EmulatorSettings() {
    }

    /** {@code resilience} null means the values of the production defaults (factus.resilience.*), the pool as bulkhead. */
    static FactusSettings of(FactusEmulator emulator, EmulatorCredentials credentials, Duration validateTimeout,
                             int maxConnections, FactusResilienceSettings resilience) {
        return new FactusSettings(emulator.baseUrl(), credentials.clientId(), credentials.clientSecret(),
                credentials.username(), credentials.password(), Duration.ofSeconds(2), Duration.ofSeconds(5),
                validateTimeout, maxConnections, Duration.ofSeconds(60), Duration.ofHours(1),
                resilience == null ? productionResilience(maxConnections) : resilience);
    }

    private static FactusResilienceSettings productionResilience(int maxConnections) {
        return new FactusResilienceSettings(20, 10, 50f, Duration.ofSeconds(30), 3, 3, Duration.ofMillis(200), 2.0,
                0.5, Duration.ofSeconds(2), maxConnections, Duration.ofMillis(500));
    }
}
