package co.factusapi.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RadianPollingTest {
    private static final Instant ISSUED = Instant.parse("2026-12-01T10:00:00Z");
    private final RadianPolling polling = new RadianPolling(Duration.ofHours(1), Duration.ofHours(24),
            Duration.ofDays(30));

    @Test
    void looksDoubleApartUpToTheLongestWait() {
        Instant now = ISSUED.plus(Duration.ofHours(1));
        assertThat(polling.next(1, ISSUED, now)).contains(now.plus(Duration.ofHours(1)));
        assertThat(polling.next(2, ISSUED, now)).contains(now.plus(Duration.ofHours(2)));
        assertThat(polling.next(5, ISSUED, now)).contains(now.plus(Duration.ofHours(16)));
        assertThat(polling.next(6, ISSUED, now)).contains(now.plus(Duration.ofHours(24)));
        assertThat(polling.next(60, ISSUED, now)).contains(now.plus(Duration.ofHours(24)));
    }

    @Test
    void theWatchEndsAfterItsPeriodAndTheLastLookIsAtItsEnd() {
        Instant end = ISSUED.plus(Duration.ofDays(30));
        assertThat(polling.next(40, ISSUED, end.minus(Duration.ofHours(2)))).contains(end);
        assertThat(polling.next(40, ISSUED, end)).isEqualTo(Optional.empty());
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new RadianPolling(Duration.ZERO, Duration.ofHours(1), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RadianPolling(Duration.ofHours(2), Duration.ofHours(1), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
