package co.factusapi.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
    private static final Instant CREATED = Instant.parse("2026-12-01T10:00:00Z");
    private static final RetrySchedule DEFAULT = new RetrySchedule(List.of(Duration.ofSeconds(5),
            Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(1),
            Duration.ofHours(6), Duration.ofHours(12), Duration.ofHours(24)), Duration.ofDays(3));

    @Test
    void eachWaitIsAFullJitterOfItsStepAndTheLastStepRepeats() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            Instant now = CREATED.plusSeconds(1);
            assertThat(DEFAULT.nextAttempt(1, CREATED, now, random).orElseThrow()).isBetween(now, now.plusSeconds(5));
            assertThat(DEFAULT.nextAttempt(12, CREATED, now, random).orElseThrow())
                    .isBetween(now, now.plus(Duration.ofHours(24)));
        }
    }

    @Test
    void anEventIsTriedForTheWholeWindowAndItsLastAttemptFallsOnTheDeadline() {
        SplittableRandom random = new SplittableRandom(11);
        Instant now = CREATED;
        int failures = 0;
        Optional<Instant> next;
        while ((next = DEFAULT.nextAttempt(++failures, CREATED, now, random)).isPresent()) {
            now = next.get();
        }
        assertThat(now).as("the last attempt").isEqualTo(CREATED.plus(Duration.ofDays(3)));
        assertThat(failures).isGreaterThan(8);
    }
}
