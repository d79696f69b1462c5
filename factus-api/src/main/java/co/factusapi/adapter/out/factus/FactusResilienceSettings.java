package co.factusapi.adapter.out.factus;

import java.time.Duration;

/**
 * How the adapter protects itself and Factus ({@code factus.resilience.*}; defaults and meaning in
 * docs/resilience-and-limits.md).
 *
 * @param breakerWindowSize       calls the circuit breaker looks back on (count based)
 * @param breakerMinimumCalls     calls needed in the window before the failure rate counts
 * @param breakerFailureRate      percentage of failed calls (5xx, 429, unreachable, timeout) that opens the breaker
 * @param breakerOpenDuration     how long an open breaker answers 503 at once before it lets probes through
 * @param breakerHalfOpenCalls    probe calls that decide whether the breaker closes again
 * @param retryMaxAttempts        attempts, the first included, for idempotent calls
 * @param retryInitialBackoff     wait before the first retry; grows exponentially with jitter
 * @param retryMultiplier         growth factor of the wait between retries
 * @param retryJitter             randomisation factor (0..1) of each wait
 * @param retryMaxBackoff         upper bound of one wait
 * @param bulkheadMaxCalls        concurrent calls to Factus at most
 * @param bulkheadMaxWait         how long a call waits for a free slot before it fails with 503
 */
public record FactusResilienceSettings(int breakerWindowSize, int breakerMinimumCalls, float breakerFailureRate,
                                       Duration breakerOpenDuration, int breakerHalfOpenCalls, int retryMaxAttempts,
                                       Duration retryInitialBackoff, double retryMultiplier, double retryJitter,
                                       Duration retryMaxBackoff, int bulkheadMaxCalls, Duration bulkheadMaxWait) {
}
