package co.factusapi.config;

import co.factusapi.adapter.out.persistence.JdbcInstanceRegistry;
import co.factusapi.application.port.in.ExportDocumentsUseCase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Deletes the ZIP files of expired exports (docs/archive.md#export) every {@code interval}, on the leading instance
 * only (the export directory is meant to be shared); counted in {@code factus.export.purged}.
 */
public class ExportPurgeJobs implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(ExportPurgeJobs.class);

    private final ExportDocumentsUseCase exports;
    private final JdbcInstanceRegistry instances;
    private final Duration interval;
    private final Counter purged;

    public ExportPurgeJobs(ExportDocumentsUseCase exports, JdbcInstanceRegistry instances, Duration interval,
                           MeterRegistry meters) {
        this.exports = exports;
        this.instances = instances;
        this.interval = interval;
        this.purged = Counter.builder("factus.export.purged").description("Expired export files deleted")
                .register(meters);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(LeaderOnly.of(instances, this::purge), interval, interval));
    }

    /** One purge: the files of every export expired by now; also what tests call. */
    public int purge() {
        try {
            int count = exports.purgeExpired();
            purged.increment(count);
            if (count > 0) {
                log.info("Deleted the files of {} expired exports", count);
            }
            return count;
        } catch (RuntimeException e) {
            log.warn("Export purge failed ({}); the next run tries again", e.getClass().getSimpleName());
            return 0;
        }
    }
}
