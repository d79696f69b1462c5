package co.factusapi.adapter.out.ratelimit;

import co.factusapi.application.port.out.LoginFailures;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Failed logins in this instance's memory: for a single instance (the embedded default). */
public final class MemoryLoginFailures implements LoginFailures {
    private static final long MAX_NAMES = 100_000;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    public MemoryLoginFailures(Clock clock, Duration forgetAfter) {
        this.clock = clock;
        this.failures = Caffeine.newBuilder().maximumSize(MAX_NAMES).expireAfterWrite(forgetAfter).build();
    }

    private record Failures(int count, Instant lockedUntil) {
    }

    @Override
    public Duration remainingLock(String username) {
        Failures current = failures.getIfPresent(username);
        if (current == null || current.lockedUntil() == null) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(clock.instant(), current.lockedUntil());
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    @Override
    public void failed(String username, int maxFailures, Duration lockout) {
        failures.asMap().compute(username, (name, current) -> {
            int count = current == null || current.lockedUntil() != null ? 1 : current.count() + 1;
            return new Failures(count, count >= maxFailures ? clock.instant().plus(lockout) : null);
        });
    }

    @Override
    public void succeeded(String username) {
        failures.invalidate(username);
    }

    @Override
    public int forgetOlderThan(Duration after) {
        failures.cleanUp();
        return 0;
    }
}
