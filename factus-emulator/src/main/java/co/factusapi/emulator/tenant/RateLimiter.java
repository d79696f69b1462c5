package co.factusapi.emulator.tenant;

import co.factusapi.emulator.RateLimitCounters;
import java.time.Clock;

/**
 * Factus's per-user throttle (about 80 requests a minute, then 429) as a sliding 60-second window of accepted
 * requests. As with Laravel's throttle, a refused request does not enter the window. The window is kept even without
 * a limit, for the max-in-window figure.
 */
public final class RateLimiter {
    static final long WINDOW_MILLIS = 60_000;
    private final Clock clock;
    private final Timestamps window = new Timestamps();
    private int perMinute;
    private long accepted;
    private long throttled;
    private int maxInWindow;

    /** The verdict on one request; {@code remaining} and {@code retryAfterSeconds} only mean something with a limit. */
    public record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds) {

        public boolean limited() {
            return limit > 0;
        }
    }

    public RateLimiter(Clock clock, int perMinute) {
        this.clock = clock;
        this.perMinute = checked(perMinute);
    }

    public synchronized Decision acquire() {
        long now = clock.millis();
        window.dropUpTo(now - WINDOW_MILLIS);
        if (perMinute > 0 && window.size() >= perMinute) {
            throttled++;
            return new Decision(false, perMinute, 0, secondsUntilASlotFrees(now));
        }
        window.add(now);
        accepted++;
        maxInWindow = Math.max(maxInWindow, window.size());
        return new Decision(true, perMinute, Math.max(perMinute - window.size(), 0), 0);
    }

    /** When the oldest accepted request leaves the window; at least one second, as Retry-After counts whole seconds. */
    private long secondsUntilASlotFrees(long now) {
        long millis = window.oldest() + WINDOW_MILLIS - now;
        return Math.max(1, (millis + 999) / 1000);
    }

    public synchronized int perMinute() {
        return perMinute;
    }

    /** 0 lifts the limit; the window and the figures carry on. */
    public synchronized void perMinute(int newPerMinute) {
        perMinute = checked(newPerMinute);
    }

    public synchronized RateLimitCounters counters() {
        return new RateLimitCounters(perMinute, accepted, throttled, maxInWindow);
    }

    /** Empty window, figures zeroed; the limit stays. */
    public synchronized void reset() {
        window.clear();
        accepted = 0;
        throttled = 0;
        maxInWindow = 0;
    }

    private static int checked(int perMinute) {
        if (perMinute < 0) {
            throw new IllegalArgumentException("A rate limit is 0 (unlimited) or more requests per minute, not "
                    + perMinute);
        }
        return perMinute;
    }
}
