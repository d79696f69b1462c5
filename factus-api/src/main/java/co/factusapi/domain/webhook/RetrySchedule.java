package co.factusapi.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: after the n-th failure, a random wait between zero and the n-th step ("full
 * jitter", so receivers coming back are not hit by every sender at once), the last step repeating, until
 * {@code retryFor} has passed since the delivery was queued. The last attempt is placed at that deadline, so a delivery is tried for
 * at least {@code retryFor} before it counts as failed.
 */
public record RetrySchedule(List<Duration> steps, Duration retryFor) {
    public RetrySchedule {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || steps.stream().anyMatch(step -> step.isNegative() || step.isZero())) {
            throw new IllegalArgumentException("a retry schedule needs positive steps");
        }
        if (retryFor.isNegative()) {
            throw new IllegalArgumentException("retryFor must not be negative");
        }
    }

    /**
     * The next attempt after the {@code failures}-th failed one, or empty when the delivery's retry window is over.
     */
    public Optional<Instant> nextAttempt(int failures, Instant queuedAt, Instant now, RandomGenerator random) {
        Instant deadline = queuedAt.plus(retryFor);
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        Duration step = steps.get(Math.min(Math.max(failures, 1), steps.size()) - 1);
        long jittered = random.nextLong(step.toMillis() + 1);
        Instant next = now.plusMillis(jittered);
        return Optional.of(next.isAfter(deadline) ? deadline : next);
    }
}
