package co.factusapi.config;

import co.factusapi.application.port.in.ExportDocumentsUseCase;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs queued exports on a thread of its own (a long export never holds up the scheduler's other jobs), every
 * {@code interval} on every instance: each job is claimed by one instance only (a conditional UPDATE), then run to the
 * end before the next is looked for.
 */
public class ExportRunner {
    private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

    private final ExportDocumentsUseCase exports;
    private final Duration interval;
    private ScheduledExecutorService executor;

    public ExportRunner(ExportDocumentsUseCase exports, Duration interval) {
        this.exports = exports;
        this.interval = interval;
    }

    void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("factus-export").daemon()
                .factory());
        executor.scheduleWithFixedDelay(this::runQueued, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Runs queued jobs until none is left; a database away for a moment is tried again at the next turn. */
    public void runQueued() {
        try {
            while (exports.runNext()) {
                log.debug("Export run");
            }
        } catch (RuntimeException e) {
            log.warn("Export runner turn failed ({}); the next turn tries again", e.getClass().getSimpleName());
        }
    }
}
