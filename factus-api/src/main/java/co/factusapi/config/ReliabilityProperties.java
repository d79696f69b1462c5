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
 */
@ConfigurationProperties(prefix = "factus-api")
public record ReliabilityProperties(Idempotency idempotency, Reconciler reconciler) {
    public ReliabilityProperties {
        idempotency = idempotency == null ? new Idempotency(null, null, null, null) : idempotency;
        reconciler = reconciler == null ? new Reconciler(null, null, null) : reconciler;
    }

    public record Idempotency(Duration ttl, List<String> paths, Duration inFlightTimeout, Duration purgeInterval) {
        public Idempotency {
            ttl = ttl == null ? Duration.ofHours(24) : ttl;
            paths = paths == null ? List.of("/api/v1/invoices", "/api/v1/credit-notes", "/api/v1/api-keys") : List.copyOf(paths);
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
