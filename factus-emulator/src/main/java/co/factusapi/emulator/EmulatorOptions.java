package co.factusapi.emulator;

import java.time.Clock;
import java.time.ZoneId;

/** How to start the emulator; see {@link #defaults()}. */
public record EmulatorOptions(int port, String host, long tokenExpiresInSeconds, Clock clock, boolean overlapConflict) {

    public static EmulatorOptions defaults() {
        return new EmulatorOptions(9080, "127.0.0.1", 3600, Clock.system(ZoneId.of("America/Bogota")), false);
    }

    public EmulatorOptions withPort(int newPort) {
        return new EmulatorOptions(newPort, host, tokenExpiresInSeconds, clock, overlapConflict);
    }
}
