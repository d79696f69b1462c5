package co.factusapi.adapter.in.web.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * One in-memory token bucket per key (a principal, or an address and user name): {@code capacity} requests, refilled
 * smoothly over {@code period}. Limits hold per instance; idle buckets are dropped after one period (they are full
 * by then anyway), so a flood of new keys cannot exhaust the memory.
 */
public final class RequestBuckets {
    private static final long MAX_KEYS = 100_000;
    private final long capacity;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    public RequestBuckets(long capacity, Duration period) {
        this.capacity = capacity;
        this.period = period;
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(period).build();
    }

    public Quota take(String key) {
        ConsumptionProbe probe = buckets.get(key, ignored -> newBucket()).tryConsumeAndReturnRemaining(1);
        return new Quota(capacity, probe.getRemainingTokens(), probe.isConsumed(),
                Duration.ofNanos(probe.getNanosToWaitForRefill()), Duration.ofNanos(probe.getNanosToWaitForReset()));
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .build();
    }
}
