package co.factusapi.config;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.adapter.out.persistence.JdbcInstanceRegistry;
import co.factusapi.application.port.in.ExportDocumentsUseCase;
import co.factusapi.domain.export.ExportJob;
import co.factusapi.testsupport.MigratedDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The purge of expired export files is scheduled every interval and runs on the leading instance only. */
class ExportPurgeJobsTest {

    @Test
    void thePurgeIsAFixedDelayTaskThatOnlyTheLeadingInstanceRuns() {
        JdbcClient jdbc = JdbcClient.create(MigratedDatabase.h2());
        JdbcInstanceRegistry instances = new JdbcInstanceRegistry(jdbc, Duration.ofSeconds(10), Duration.ZERO);
        instances.heartbeat();
        AtomicInteger purges = new AtomicInteger();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ExportPurgeJobs jobs = new ExportPurgeJobs(new Purging(purges), instances, Duration.ofMinutes(10), meters);
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

        jobs.configureTasks(registrar);

        List<FixedDelayTask> tasks = registrar.getFixedDelayTaskList().stream()
                .map(FixedDelayTask.class::cast).toList();
        assertThat(tasks).singleElement().satisfies(task ->
                assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofMinutes(10)));
        Runnable purge = tasks.getFirst().getRunnable();
        purge.run();
        assertThat(purges).as("alone, this instance leads").hasValue(1);
        assertThat(meters.get("factus.export.purged").counter().count()).isEqualTo(2);

        // another live instance whose id sorts first leads now
        jdbc.sql("INSERT INTO instances (id, started_at, heartbeat_at) VALUES ('0', CURRENT_TIMESTAMP, "
                + "CURRENT_TIMESTAMP)").update();
        purge.run();
        assertThat(purges).as("not the leader: no purge").hasValue(1);
    }

    /** Purges two jobs per call and counts the calls; nothing else is asked of it. */
    private record Purging(AtomicInteger calls) implements ExportDocumentsUseCase {
        @Override
        public int purgeExpired() {
            calls.incrementAndGet();
            return 2;
        }

        @Override
        public ExportJob request(String from, String to, List<String> kinds, List<String> statuses, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ExportJob> list() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ExportJob get(UUID id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Download download(UUID id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean runNext() {
            throw new UnsupportedOperationException();
        }
    }
}
