package co.factusapi.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code factus-api.cache.*} (FACTUS_API_CACHE_API_KEYS, FACTUS_API_CACHE_TENANTS, FACTUS_API_CACHE_WEBHOOK_ENDPOINTS):
 * how long an instance trusts what it read for every request (an accepted API key, the acting tenant's row, a
 * tenant's webhook subscriptions) before reading it again. A change made on this instance applies at once; one made
 * on another instance of a cluster applies within this time. 0 reads on every request.
 */
@ConfigurationProperties("factus-api.cache")
public record CacheProperties(@DefaultValue("5s") Duration apiKeys, @DefaultValue("5s") Duration tenants,
                              @DefaultValue("5s") Duration webhookEndpoints) {
    public CacheProperties {
        if (apiKeys.isNegative() || tenants.isNegative() || webhookEndpoints.isNegative()) {
            throw new IllegalArgumentException("the factus-api.cache.* times must not be negative");
        }
    }
}
