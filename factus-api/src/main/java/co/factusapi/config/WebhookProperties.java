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
 * @param alerts                 the compliance alert poller (docs/webhooks.md "Alerts")
 * @param radian                 the RADIAN event poller (docs/webhooks.md "RADIAN events")
 * @param retention              how long events (with their deliveries and attempts) are kept for the log and replays;
 *                               the leading instance deletes older ones every {@code purgeInterval}
 * @param purgeInterval          the pause between two purges of old events
 */
@ConfigurationProperties(prefix = "factus-api.webhooks")
public record WebhookProperties(@DefaultValue List<String> allow, @DefaultValue("24h") Duration rotationGrace,
                                @DefaultValue("10s") Duration timeout,
                                @DefaultValue({"5s", "30s", "2m", "10m", "1h", "6h", "12h", "24h"})
                                List<Duration> retrySchedule,
                                @DefaultValue("3d") Duration retryFor, @DefaultValue("3d") Duration disableAfter,
                                @DefaultValue Dispatcher dispatcher, @DefaultValue Alerts alerts,
                                @DefaultValue Radian radian, @DefaultValue("30d") Duration retention,
                                @DefaultValue("1h") Duration purgeInterval) {
    public WebhookProperties {
        allow = List.copyOf(allow);
        retrySchedule = List.copyOf(retrySchedule);
    }

    public record Dispatcher(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration interval,
                             @DefaultValue("50") int batchSize, @DefaultValue("4") int concurrencyPerEndpoint) {
    }

    /**
     * @param enabled             whether the leading instance polls ranges and quotas
     * @param interval            pause between polls (each reads every tenant's ranges and quota once)
     * @param rangeLowRemaining   an active range with this many numbers or fewer left is low
     * @param rangeExpiringDays   a range (or the quota) ending within this many days is expiring
     * @param quotaLowRemaining   a provider document quota with this many documents or fewer left is low
     */
    public record Alerts(@DefaultValue("true") boolean enabled, @DefaultValue("15m") Duration interval,
                         @DefaultValue("100") long rangeLowRemaining, @DefaultValue("30") int rangeExpiringDays,
                         @DefaultValue("50") long quotaLowRemaining) {
    }

    /**
     * @param enabled      whether the leading instance polls the RADIAN events of credit-sale invoices
     * @param interval     pause between polls
     * @param perRun       watched invoices looked at per tenant per poll (one Factus call each): the poller's share of
     *                     the tenant's upstream allowance, at most {@code perRun} calls per {@code interval}
     * @param firstLook    the wait between an invoice's issue and its first look; it doubles after each look
     * @param longestWait  the longest wait between two looks at one invoice
     * @param watchFor     how long after issue an invoice is watched
     */
    public record Radian(@DefaultValue("true") boolean enabled, @DefaultValue("10m") Duration interval,
                         @DefaultValue("20") int perRun, @DefaultValue("1h") Duration firstLook,
                         @DefaultValue("24h") Duration longestWait, @DefaultValue("30d") Duration watchFor) {
    }
}
