package co.factusapi.application.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void aFoundValueIsKeptForTheTtlAndAMissingOneNotAtAll() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(5), clock);

        assertThat(cache.get("a", this::found)).contains("value of a");
        clock.advance(Duration.ofMillis(4999));
        assertThat(cache.get("a", this::found)).contains("value of a");
        assertThat(loads).hasValue(1);
        clock.advance(Duration.ofMillis(1));
        cache.get("a", this::found);
        assertThat(loads).hasValue(2);

        cache.get("b", this::missing);
        cache.get("b", this::missing);
        assertThat(loads).as("an unknown key is read every time, so it cannot fill the cache").hasValue(4);
    }

    @Test
    void anInvalidationDuringALoadKeepsThatLoadOut() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(5), clock);

        assertThat(cache.get("a", key -> {
            cache.invalidate(key);
            return found(key);
        })).contains("value of a");
        cache.get("a", this::found);

        assertThat(loads).as("the raced value was not kept").hasValue(2);
    }

    @Test
    void zeroKeepsNothingAndNegativeIsRefused() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ZERO, clock);
        cache.get("a", this::found);
        cache.get("a", this::found);
        assertThat(loads).hasValue(2);
        assertThatThrownBy(() -> new ExpiringCache<>(Duration.ofSeconds(-1), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replacingKeepsTheEntrysExpiry() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(5), clock);
        cache.get("a", this::found);
        clock.advance(Duration.ofSeconds(3));
        cache.replace("a", "newer");
        assertThat(cache.get("a", this::found)).contains("newer");
        clock.advance(Duration.ofSeconds(2));
        assertThat(cache.get("a", this::found)).contains("value of a");
    }

    private Optional<String> found(String key) {
        loads.incrementAndGet();
        return Optional.of("value of " + key);
    }

    private Optional<String> missing(String key) {
        loads.incrementAndGet();
        return Optional.empty();
    }
}
