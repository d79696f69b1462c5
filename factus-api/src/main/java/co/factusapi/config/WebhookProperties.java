package co.factusapi.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code factus-api.webhooks.*} (docs/webhooks.md "Configuration"). The defaults are here and nowhere else.
 *
 * @param allow                  hosts, addresses or CIDR blocks that may receive webhooks although they are private
 *                               or plain http (say, a receiver in the company network); empty: public https only
 * @param rotationGrace          how long the previous secret keeps signing after a rotation
 * @param timeout                connect and read timeout of one delivery attempt
 * @param retrySchedule          the waits after the 1st, 2nd, ... failed attempt (full jitter); the last one repeats
 * @param retryFor               how long an event is retried before its delivery counts as failed
 * @param disableAfter           an endpoint that only failed for this long is disabled
 * @param dispatcher             whether this instance delivers, how often it looks for due deliveries, how many
 *                               it claims at a time, and how many run at once per endpoint
 */
@ConfigurationProperties(prefix = "factus-api.webhooks")
public record WebhookProperties(@DefaultValue List<String> allow, @DefaultValue("24h") Duration rotationGrace,
                                @DefaultValue("10s") Duration timeout,
                                @DefaultValue({"5s", "30s", "2m", "10m", "1h", "6h", "12h", "24h"})
                                List<Duration> retrySchedule,
                                @DefaultValue("3d") Duration retryFor, @DefaultValue("3d") Duration disableAfter,
                                @DefaultValue Dispatcher dispatcher) {
    public WebhookProperties {
        allow = List.copyOf(allow);
        retrySchedule = List.copyOf(retrySchedule);
    }

    public record Dispatcher(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration interval,
                             @DefaultValue("50") int batchSize, @DefaultValue("4") int concurrencyPerEndpoint) {
    }
}
