package co.factusapi.emulator;

import java.time.Clock;
import java.time.ZoneId;

/**
 * How to start the emulator; see {@link #defaults()}. {@code accountRateLimitPerMinute} is the limit of accounts
 * created later (0 = unlimited); the default account is always unlimited at start, since benchmarks hammer it. The
 * clock also drives the rate-limit windows.
 */
public record EmulatorOptions(int port, String host, long tokenExpiresInSeconds, Clock clock, boolean overlapConflict,
        int accountRateLimitPerMinute) {
    /** Factus allows about 80 requests a minute per user (docs/factus-upstream.md). */
    public static final int FACTUS_RATE_LIMIT_PER_MINUTE = 80;

    public EmulatorOptions {
        if (accountRateLimitPerMinute < 0) {
            throw new IllegalArgumentException("accountRateLimitPerMinute must be 0 (unlimited) or more");
        }
    }

    /** As before accounts had rate limits: new accounts get Factus's 80 a minute. */
    public EmulatorOptions(int port, String host, long tokenExpiresInSeconds, Clock clock, boolean overlapConflict) {
        this(port, host, tokenExpiresInSeconds, clock, overlapConflict, FACTUS_RATE_LIMIT_PER_MINUTE);
    }

    public static EmulatorOptions defaults() {
        return new EmulatorOptions(9080, "127.0.0.1", 3600, Clock.system(ZoneId.of("America/Bogota")), false);
    }

    public EmulatorOptions withPort(int newPort) {
        return new EmulatorOptions(newPort, host, tokenExpiresInSeconds, clock, overlapConflict,
                accountRateLimitPerMinute);
    }

    public EmulatorOptions withClock(Clock newClock) {
        return new EmulatorOptions(port, host, tokenExpiresInSeconds, newClock, overlapConflict,
                accountRateLimitPerMinute);
    }

    public EmulatorOptions withAccountRateLimitPerMinute(int perMinute) {
        return new EmulatorOptions(port, host, tokenExpiresInSeconds, clock, overlapConflict, perMinute);
    }
}
