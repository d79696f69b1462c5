package co.factusapi.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code factus-api.idempotency.*}, {@code factus-api.reconciler.*} and {@code factus-api.instances.*}
 * (docs/reliability.md). The defaults are here and nowhere else.
 *
 * @param idempotency ttl: how long a key is kept; paths: the POST paths that create something;
 *                    in-flight-timeout: when an unfinished key counts as abandoned; purge-interval
 * @param reconciler  enabled, interval between runs, batch-size per run
 * @param instances   heartbeat-interval and dead-after of the running instances
 */
@ConfigurationProperties(prefix = "factus-api")
public record ReliabilityProperties(@DefaultValue Idempotency idempotency, @DefaultValue Reconciler reconciler,
                                    @DefaultValue Instances instances) {

    /**
     * {@code factus-api.instances.*}: how often an instance writes its heartbeat, and after how long without one it
     * counts as dead, so that what it held (in-flight keys, PENDING attempts) is taken up.
     */
    public record Instances(@DefaultValue("1s") Duration heartbeatInterval, @DefaultValue("5s") Duration deadAfter) {
    }

    public record Idempotency(@DefaultValue("24h") Duration ttl,
                              @DefaultValue({"/api/v1/invoices", "/api/v1/credit-notes", "/api/v1/debit-notes",
                                      "/api/v1/support-documents", "/api/v1/adjustment-notes", "/api/v1/api-keys"})
                              List<String> paths,
                              @DefaultValue("5m") Duration inFlightTimeout, @DefaultValue("1h") Duration purgeInterval) {
        public Idempotency {
            paths = List.copyOf(paths);
        }
    }

    public record Reconciler(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration interval,
                             @DefaultValue("50") int batchSize) {
    }
}
