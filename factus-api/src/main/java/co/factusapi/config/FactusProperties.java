package co.factusapi.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code factus.*}: the Factus account this service issues through (env FACTUS_BASE_URL, FACTUS_CLIENT_ID, ...). */
@ConfigurationProperties("factus")
public record FactusProperties(String baseUrl, String clientId, String clientSecret, String username, String password,
                               String accountName, Duration connectTimeout, Duration readTimeout,
                               Duration validateTimeout, Integer maxConnections, Duration tokenRefreshMargin,
                               Duration catalogCacheTtl, Resilience resilience) {

    /** {@code factus.resilience.*}: unset values take the defaults of {@code FactusResilienceSettings.defaults}. */
    public record Resilience(Integer breakerWindowSize, Integer breakerMinimumCalls, Float breakerFailureRate,
                             Duration breakerOpenDuration, Integer breakerHalfOpenCalls, Integer retryMaxAttempts,
                             Duration retryInitialBackoff, Double retryMultiplier, Double retryJitter,
                             Duration retryMaxBackoff, Integer bulkheadMaxCalls, Duration bulkheadMaxWait) {
    }

    boolean embedded() {
        return baseUrl == null || baseUrl.isBlank();
    }

    @Override
    public String toString() {
        return "FactusProperties[baseUrl=" + baseUrl + ", accountName=" + accountName + "]";
    }
}
