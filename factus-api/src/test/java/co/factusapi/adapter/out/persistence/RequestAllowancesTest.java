package co.factusapi.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.adapter.out.ratelimit.MemoryRequestAllowances;
import co.factusapi.application.port.out.RequestAllowances;
import co.factusapi.application.port.out.RequestAllowances.Grant;
import co.factusapi.testsupport.MigratedDatabase;
import co.factusapi.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The API rate limit's allowance, the same contract in memory and in the database; in the database two instances
 * (two stores on one database) share one allowance, so three instances cannot allow three times the limit.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(MigratedDatabase.Kind.class)
class RequestAllowancesTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void inMemoryABurstOfTheCapacityThenOneRequestPerInterval() {
        RequestAllowances memory = new MemoryRequestAllowances();
        for (int i = 0; i < 3; i++) {
            assertThat(memory.take("api:a", 3, MINUTE).granted()).isTrue();
        }
        Grant refused = memory.take("api:a", 3, MINUTE);
        assertThat(refused.granted()).isFalse();
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20));
        assertThat(memory.take("api:b", 3, MINUTE).granted()).isTrue();
    }

    @Parameter
    private MigratedDatabase.Kind database;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private JdbcRequestAllowances first;
    private JdbcRequestAllowances second;

    @BeforeEach
    void twoInstancesOnOneDatabase() {
        DataSource dataSource = database.create();
        first = new JdbcRequestAllowances(JdbcClient.create(dataSource), clock);
        second = new JdbcRequestAllowances(JdbcClient.create(dataSource), clock);
    }

    @Test
    void aBurstOfTheCapacityThenOneRequestPerIntervalAcrossInstances() {
        Grant firstGrant = first.take("api:caller", 3, MINUTE);
        assertThat(firstGrant.granted()).isTrue();
        assertThat(firstGrant.remaining()).isEqualTo(2);
        assertThat(second.take("api:caller", 3, MINUTE).remaining()).isEqualTo(1);
        assertThat(first.take("api:caller", 3, MINUTE).remaining()).isZero();

        Grant refused = second.take("api:caller", 3, MINUTE);
        assertThat(refused.granted()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(20));
        assertThat(refused.untilFull()).isEqualTo(MINUTE);
        assertThat(first.take("api:other", 3, MINUTE).granted()).isTrue();

        clock.advance(Duration.ofSeconds(20));
        assertThat(first.take("api:caller", 3, MINUTE).granted()).isTrue();
        assertThat(second.take("api:caller", 3, MINUTE).granted()).isFalse();
    }

    @Test
    void concurrentRequestsThroughTwoInstancesGetExactlyTheCapacity() throws Exception {
        List<Callable<Boolean>> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            RequestAllowances instance = i % 2 == 0 ? first : second;
            requests.add(() -> instance.take("api:busy", 10, MINUTE).granted());
        }
        long granted = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Boolean> result : pool.invokeAll(requests)) {
                granted += result.get() ? 1 : 0;
            }
        }
        assertThat(granted).isEqualTo(10);
    }

    @Test
    void theFirstRequestsOfANewCallerArrivingAtOnceAreAllGranted() throws Exception {
        for (int round = 0; round < 5; round++) {
            String bucket = "api:new-" + round;
            List<Callable<Boolean>> requests = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                RequestAllowances instance = i % 2 == 0 ? first : second;
                requests.add(() -> instance.take(bucket, 1000, MINUTE).granted());
            }
            try (ExecutorService pool = Executors.newFixedThreadPool(24)) {
                for (Future<Boolean> result : pool.invokeAll(requests)) {
                    assertThat(result.get()).as(bucket).isTrue();
                }
            }
        }
    }

    @Test
    void bucketsUnusedForAnHourAreForgotten() {
        first.take("api:old", 3, MINUTE);
        clock.advance(Duration.ofMinutes(90));
        first.take("api:new", 3, MINUTE);
        assertThat(second.forgetIdle()).isEqualTo(1);
        assertThat(first.take("api:old", 3, MINUTE).remaining()).isEqualTo(2);
    }
}
