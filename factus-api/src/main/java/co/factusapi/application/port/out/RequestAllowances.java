package co.factusapi.application.port.out;

import java.time.Duration;

/**
 * How many requests a caller may still make: one allowance per bucket name, {@code capacity} requests refilled
 * smoothly over {@code period}. Kept where every instance of the deployment sees it, so N instances do not allow N
 * times the limit (the embedded single-instance default keeps it in memory).
 */
public interface RequestAllowances {

    /** Takes one request from {@code bucket}; refused (nothing taken) when its allowance is spent. */
    Grant take(String bucket, long capacity, Duration period);

    /** Forgets buckets that have been full (unused) for a while; returns how many. */
    int forgetIdle();

    /**
     * @param remaining  requests still allowed right after this one
     * @param retryAfter when refused, how long until one request is allowed again
     * @param untilFull  how long until the bucket is full again
     */
    record Grant(boolean granted, long remaining, Duration retryAfter, Duration untilFull) {
    }
}
