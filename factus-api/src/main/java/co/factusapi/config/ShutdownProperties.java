package co.factusapi.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code factus-api.shutdown.drain-delay} (FACTUS_API_SHUTDOWN_DRAIN_DELAY): on SIGTERM, how long the instance keeps
 * serving after its readiness probe has gone down, so a load balancer stops sending it requests before it stops
 * taking connections. At least the balancer's health-check interval times its fall count; 0 (the default, one
 * instance, nothing in front) stops at once.
 */
@ConfigurationProperties("factus-api.shutdown")
public record ShutdownProperties(@DefaultValue("0s") Duration drainDelay) {
    public ShutdownProperties {
        if (drainDelay.isNegative()) {
            throw new IllegalArgumentException("factus-api.shutdown.drain-delay must not be negative");
        }
    }
}
