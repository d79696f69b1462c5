package co.factusapi.adapter.out.factus;

import co.factusapi.domain.error.UpstreamException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;

/**
 * The guards around every Factus exchange of one account: retries with jittered exponential backoff for idempotent
 * calls only, a semaphore bulkhead on concurrent calls, and a circuit breaker that turns a dead Factus into immediate
 * 503s. Only outages count as failures (5xx, unreachable, timeout); a 4xx business answer is a healthy Factus, and
 * so is a 429: the account's allowance is used up, which says nothing about Factus's health. Each attempt first waits
 * for its turn within the account's allowance ({@link FactusPacer}); a 429 that still comes back (someone else
 * shares the account) was not processed, so every call, POSTs included, waits its Retry-After and tries again.
 * Metrics: {@code resilience4j.circuitbreaker.state}, {@code resilience4j.bulkhead.*}, {@code resilience4j.retry.calls}.
 */
final class FactusResilience {
    /** The token grant creates nothing a second attempt could duplicate. */
    private static final Set<String> IDEMPOTENT_POSTS = Set.of("oauth.token");
    private static final Duration SATURATED_RETRY_AFTER = Duration.ofSeconds(1);
    private static final int RATE_LIMITED_ATTEMPTS = 4;
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(10);

    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;
    private final Retry retry;
    private final Retry rateLimited;
    private final FactusPacer pacer;
    private final Duration openDuration;
    private volatile long openedAtNanos;

    FactusResilience(String account, FactusResilienceSettings settings, MeterRegistry meters, FactusPacer pacer) {
        this.pacer = pacer;
        String name = "factus-" + account;
        this.openDuration = settings.breakerOpenDuration();
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
        this.breaker = breakers.circuitBreaker(name, breakerConfig(settings));
        BulkheadRegistry bulkheads = BulkheadRegistry.ofDefaults();
        this.bulkhead = bulkheads.bulkhead(name, BulkheadConfig.custom()
                .maxConcurrentCalls(settings.bulkheadMaxCalls())
                .maxWaitDuration(settings.bulkheadMaxWait())
                .writableStackTraceEnabled(false)
                .build());
        RetryRegistry retries = RetryRegistry.ofDefaults();
        this.retry = retries.retry(name, retryConfig(settings));
        this.rateLimited = retries.retry(name + "-rate-limited", rateLimitedConfig());
        breaker.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                openedAtNanos = System.nanoTime();
            }
        });
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
    }

    FactusResponse call(String operation, HttpMethod method, Supplier<FactusResponse> exchange) {
        Supplier<FactusResponse> guarded = Bulkhead.decorateSupplier(bulkhead,
                CircuitBreaker.decorateSupplier(breaker, exchange));
        Supplier<FactusResponse> bulkheaded = guarded;
        Supplier<FactusResponse> paced = () -> {
            pacer.awaitTurn(operation);
            return bulkheaded.get();
        };
        if (idempotent(operation, method)) {
            paced = Retry.decorateSupplier(retry, paced);
        }
        try {
            return Retry.decorateSupplier(rateLimited, paced).get();
        } catch (CallNotPermittedException e) {
            throw UpstreamException.unavailable("The e-invoicing provider is failing; calls are paused (" + operation
                    + ").", remainingOpenTime(), e);
        } catch (BulkheadFullException e) {
            throw UpstreamException.unavailable("Too many calls to the e-invoicing provider are in progress ("
                    + operation + ").", SATURATED_RETRY_AFTER, e);
        }
    }

    /** GETs and DELETEs by reference are safe to repeat; a bill validation or an e-mail sent twice is not. */
    static boolean idempotent(String operation, HttpMethod method) {
        return HttpMethod.GET.equals(method) || HttpMethod.DELETE.equals(method) || IDEMPOTENT_POSTS.contains(operation);
    }

    private Duration remainingOpenTime() {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - openedAtNanos);
        Duration remaining = openDuration.minus(elapsed);
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    private static CircuitBreakerConfig breakerConfig(FactusResilienceSettings settings) {
        return CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.breakerWindowSize())
                .minimumNumberOfCalls(settings.breakerMinimumCalls())
                .failureRateThreshold(settings.breakerFailureRate())
                .waitDurationInOpenState(settings.breakerOpenDuration())
                .permittedNumberOfCallsInHalfOpenState(settings.breakerHalfOpenCalls())
                .recordResult(result -> result instanceof FactusResponse response && outage(response))
                .recordException(FactusResilience::outage)
                .writableStackTraceEnabled(false)
                .build();
    }

    private static RetryConfig retryConfig(FactusResilienceSettings settings) {
        return RetryConfig.<FactusResponse>custom()
                .maxAttempts(settings.retryMaxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(settings.retryInitialBackoff(),
                        settings.retryMultiplier(), settings.retryJitter(), settings.retryMaxBackoff()))
                .retryOnResult(FactusResilience::outage)
                // A timeout is not retried: the first attempt may still be running at Factus.
                .retryOnException(e -> e instanceof UpstreamException upstream
                        && upstream.kind() == UpstreamException.Kind.UNAVAILABLE)
                .build();
    }

    private static boolean outage(FactusResponse response) {
        return response.status() >= 500;
    }

    /**
     * A few waits of Factus's Retry-After when it is short; a longer one goes back at once as a 503 with that
     * Retry-After, so no request hangs for minutes.
     */
    private static RetryConfig rateLimitedConfig() {
        return RetryConfig.<FactusResponse>custom()
                .maxAttempts(RATE_LIMITED_ATTEMPTS)
                .retryOnResult(response -> response.status() == 429
                        && FactusErrors.retryAfter(response.headers()).compareTo(MAX_RETRY_AFTER) <= 0)
                .retryOnException(e -> false)
                .intervalBiFunction((attempt, outcome) -> outcome.fold(failure -> MAX_RETRY_AFTER.toMillis(),
                        response -> FactusErrors.retryAfter(response.headers()).toMillis()))
                .build();
    }



    private static boolean outage(Throwable e) {
        return e instanceof UpstreamException upstream && (upstream.kind() == UpstreamException.Kind.UNAVAILABLE
                || upstream.kind() == UpstreamException.Kind.TIMEOUT);
    }
}
