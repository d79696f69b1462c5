package co.factusapi.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code factus-api.idempotency.*} and {@code factus-api.reconciler.*} (docs/reliability.md).
 *
 * @param idempotency ttl: how long a key is kept (24h); paths: the POST paths that create something;
 *                    in-flight-timeout: when an unfinished key counts as abandoned; purge-interval
 * @param reconciler  enabled, interval between runs, batch-size per run
 * @param instances   heartbeat-interval and dead-after of the running instances
 */
@ConfigurationProperties(prefix = "factus-api")
public record ReliabilityProperties(Idempotency idempotency, Reconciler reconciler, Instances instances) {
    public ReliabilityProperties {
        idempotency = idempotency == null ? new Idempotency(null, null, null, null) : idempotency;
        reconciler = reconciler == null ? new Reconciler(null, null, null) : reconciler;
        instances = instances == null ? new Instances(null, null) : instances;
    }

    /**
     * {@code factus-api.instances.*}: how often an instance writes its heartbeat, and after how long without one it
     * counts as dead, so that what it held (in-flight keys, PENDING attempts) is taken up.
     */
    public record Instances(Duration heartbeatInterval, Duration deadAfter) {
        public Instances {
            heartbeatInterval = heartbeatInterval == null ? Duration.ofSeconds(1) : heartbeatInterval;
            deadAfter = deadAfter == null ? Duration.ofSeconds(5) : deadAfter;
        }
    }

    public record Idempotency(Duration ttl, List<String> paths, Duration inFlightTimeout, Duration purgeInterval) {
        public Idempotency {
            ttl = ttl == null ? Duration.ofHours(24) : ttl;
            paths = paths == null ? List.of("/api/v1/invoices", "/api/v1/credit-notes", "/api/v1/debit-notes",
                    "/api/v1/support-documents", "/api/v1/adjustment-notes", "/api/v1/api-keys") : List.copyOf(paths);
            inFlightTimeout = inFlightTimeout == null ? Duration.ofMinutes(5) : inFlightTimeout;
            purgeInterval = purgeInterval == null ? Duration.ofHours(1) : purgeInterval;
        }
    }

    public record Reconciler(Boolean enabled, Duration interval, Integer batchSize) {
        public Reconciler {
            enabled = enabled == null || enabled;
            interval = interval == null ? Duration.ofSeconds(30) : interval;
            batchSize = batchSize == null ? 50 : batchSize;
        }
    }
}
