package co.factusapi.adapter.in.web.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Locks a user name for {@code lockout} after {@code maxFailures} consecutive failed logins, whatever the address.
 * Unknown names are counted and locked the same way, so a lock-out never tells whether a user exists.
 */
public final class LoginLockout {
    private static final long MAX_NAMES = 100_000;
    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    public LoginLockout(int maxFailures, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
        this.failures = Caffeine.newBuilder().maximumSize(MAX_NAMES).expireAfterWrite(lockout).build();
    }

    private record Failures(int count, Instant lockedUntil) {
    }

    /** Zero when the name may try to log in, else how long it stays locked. */
    public Duration remainingLock(String username) {
        Failures current = failures.getIfPresent(username);
        if (current == null || current.lockedUntil() == null) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(clock.instant(), current.lockedUntil());
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    public void failed(String username) {
        failures.asMap().compute(username, (name, current) -> {
            int count = current == null || current.lockedUntil() != null ? 1 : current.count() + 1;
            return new Failures(count, count >= maxFailures ? clock.instant().plus(lockout) : null);
        });
    }

    public void succeeded(String username) {
        failures.invalidate(username);
    }
}
