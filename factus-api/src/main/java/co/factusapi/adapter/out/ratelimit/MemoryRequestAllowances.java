package co.factusapi.adapter.out.ratelimit;

import co.factusapi.application.port.out.RequestAllowances;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * One in-memory Bucket4j token bucket per bucket name: for a single instance (the embedded default). Idle buckets are
 * dropped after an hour (full by then for any per-minute limit), so a flood of new names cannot exhaust the memory.
 */
public final class MemoryRequestAllowances implements RequestAllowances {
    private static final long MAX_BUCKETS = 100_000;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(MAX_BUCKETS)
            .expireAfterAccess(Duration.ofHours(1)).build();

    @Override
    public Grant take(String bucket, long capacity, Duration period) {
        ConsumptionProbe probe = buckets.get(bucket, ignored -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build()).build())
                .tryConsumeAndReturnRemaining(1);
        return new Grant(probe.isConsumed(), probe.getRemainingTokens(),
                Duration.ofNanos(probe.getNanosToWaitForRefill()), Duration.ofNanos(probe.getNanosToWaitForReset()));
    }

    @Override
    public int forgetIdle() {
        buckets.cleanUp();
        return 0;
    }
}
