package co.factusapi.config;

import co.factusapi.adapter.out.persistence.JdbcInstanceRegistry;
import co.factusapi.application.port.in.ArchiveDocumentsUseCase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The scheduled archiver (docs/archive.md) with its metrics: the gauge {@code factus.archive.lag} (ISSUED documents
 * not archived after the lag threshold), the counters {@code factus.archive.files}, {@code factus.archive.bytes},
 * {@code factus.archive.failures} and {@code factus.archive.conflicts}. A lag above zero is also a WARN line (a count,
 * never a document's data), written when it changes.
 */
public class ArchiveJobs implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(ArchiveJobs.class);

    private final ArchiveDocumentsUseCase archiver;
    private final ArchiveProperties properties;
    private final Counter files;
    private final Counter bytes;
    private final Counter failures;
    private final Counter conflicts;
    private final JdbcInstanceRegistry instances;
    private long lastLagWarned;

    public ArchiveJobs(ArchiveDocumentsUseCase archiver, ArchiveProperties properties, JdbcInstanceRegistry instances,
                       MeterRegistry meters) {
        this.archiver = archiver;
        this.instances = instances;
        this.properties = properties;
        Gauge.builder("factus.archive.lag", archiver, ArchiveDocumentsUseCase::lagging)
                .description("ISSUED documents not archived after the lag threshold").register(meters);
        this.files = Counter.builder("factus.archive.files").description("Files written to the archive")
                .register(meters);
        this.bytes = Counter.builder("factus.archive.bytes").baseUnit("bytes")
                .description("Bytes written to the archive").register(meters);
        this.failures = Counter.builder("factus.archive.failures")
                .description("Documents the archiver could not fetch (tried again after a backoff)").register(meters);
        this.conflicts = Counter.builder("factus.archive.conflicts")
                .description("Files the provider served with other bytes than those archived").register(meters);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.enabled()) {
            Duration interval = properties.interval();
            registrar.addFixedDelayTask(new FixedDelayTask(LeaderOnly.of(instances, this::archive), interval, interval));
        } else {
            log.info("The archiver is off (factus-api.archive.enabled=false): issued documents are archived only when "
                    + "downloaded");
        }
    }

    /** One archiver run; also what tests call to archive everything due now. */
    public ArchiveDocumentsUseCase.Report archive() {
        try {
            ArchiveDocumentsUseCase.Report report = archiver.archivePending();
            files.increment(report.files());
            bytes.increment(report.bytes());
            failures.increment(report.failed());
            conflicts.increment(report.conflicts());
            warnAboutLag();
            return report;
        } catch (RuntimeException e) {
            log.warn("Archiver run failed ({}); the next run tries again", e.getClass().getSimpleName());
            throw e;
        }
    }

    private void warnAboutLag() {
        long lag = archiver.lagging();
        if (lag > 0 && lag != lastLagWarned) {
            log.warn("Issued documents still not archived {} after issue: {} (gauge factus.archive.lag)",
                    properties.lagThreshold(), lag);
        }
        lastLagWarned = lag;
    }
}
