package co.factusapi.config;

import co.factusapi.adapter.out.factus.FactusResilienceSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code factus.*}: the Factus account this service issues through, and how it is called. The defaults are here and
 * nowhere else; each key is also an environment variable ({@code factus.read-timeout} = {@code FACTUS_READ_TIMEOUT}).
 *
 * @param baseUrl            blank = start the bundled emulator in-process and use it (the embedded default)
 * @param accountName        the ledger's name for this account; blank means the default
 * @param validateTimeout    bill validation waits for DIAN, so it has its own read timeout
 * @param maxConnections     size of the keep-alive connection pool
 * @param tokenRefreshMargin the OAuth token is renewed this long before it expires
 * @param catalogCacheTtl    how long numbering ranges, municipalities and units are cached
 * @param apiVersion         the Factus API (v1 or v2) of the deployment's own account, the default tenant
 */
@ConfigurationProperties("factus")
public record FactusProperties(String baseUrl, String clientId, String clientSecret, String username, String password,
                               @DefaultValue(DEFAULT_ACCOUNT) String accountName,
                               @DefaultValue("2s") Duration connectTimeout, @DefaultValue("15s") Duration readTimeout,
                               @DefaultValue("30s") Duration validateTimeout, @DefaultValue("64") int maxConnections,
                               @DefaultValue("60s") Duration tokenRefreshMargin,
                               @DefaultValue("1h") Duration catalogCacheTtl, @DefaultValue Resilience resilience,
                               @DefaultValue Allowance allowance, @DefaultValue("v1") String apiVersion) {
    static final String DEFAULT_ACCOUNT = "default";

    public FactusProperties {
        accountName = accountName == null || accountName.isBlank() ? DEFAULT_ACCOUNT : accountName;
        if (resilience.bulkheadMaxCalls() == null) {
            // As many concurrent calls as the pool has connections.
            resilience = resilience.withBulkheadMaxCalls(maxConnections);
        }
    }

    /** {@code factus.resilience.*}: circuit breaker, retries and bulkhead, explained in docs/resilience-and-limits.md. */
    public record Resilience(@DefaultValue("20") int breakerWindowSize, @DefaultValue("10") int breakerMinimumCalls,
                             @DefaultValue("50") float breakerFailureRate,
                             @DefaultValue("30s") Duration breakerOpenDuration,
                             @DefaultValue("3") int breakerHalfOpenCalls, @DefaultValue("3") int retryMaxAttempts,
                             @DefaultValue("200ms") Duration retryInitialBackoff,
                             @DefaultValue("2.0") double retryMultiplier, @DefaultValue("0.5") double retryJitter,
                             @DefaultValue("2s") Duration retryMaxBackoff, Integer bulkheadMaxCalls,
                             @DefaultValue("500ms") Duration bulkheadMaxWait) {

        Resilience withBulkheadMaxCalls(int calls) {
            return new Resilience(breakerWindowSize, breakerMinimumCalls, breakerFailureRate, breakerOpenDuration,
                    breakerHalfOpenCalls, retryMaxAttempts, retryInitialBackoff, retryMultiplier, retryJitter,
                    retryMaxBackoff, calls, bulkheadMaxWait);
        }

        FactusResilienceSettings settings() {
            return new FactusResilienceSettings(breakerWindowSize, breakerMinimumCalls, breakerFailureRate,
                    breakerOpenDuration, breakerHalfOpenCalls, retryMaxAttempts, retryInitialBackoff, retryMultiplier,
                    retryJitter, retryMaxBackoff, bulkheadMaxCalls, bulkheadMaxWait);
        }
    }

    /**
     * {@code factus.allowance.*}: Factus allows about 80 requests a minute per user. Every tenant's calls are paced
     * under {@code requestsPerMinute} (a tenant may have its own), {@code burst} of them at once after a quiet spell;
     * a call that would wait longer than {@code maxWait} is refused with 503 and nothing is sent. 0 = no pacing.
     */
    public record Allowance(@DefaultValue("75") int requestsPerMinute, @DefaultValue("10") int burst,
                            @DefaultValue("2m") Duration maxWait) {
    }

    boolean embedded() {
        return baseUrl == null || baseUrl.isBlank();
    }

    @Override
    public String toString() {
        return "FactusProperties[baseUrl=" + baseUrl + ", accountName=" + accountName + "]";
    }
}
