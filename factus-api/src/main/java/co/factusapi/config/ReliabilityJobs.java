package co.factusapi.config;

import co.factusapi.adapter.out.persistence.JdbcInstanceRegistry;
import co.factusapi.application.port.in.IdempotentRequestsUseCase;
import co.factusapi.application.port.in.ReconcileDocumentsUseCase.Outcome;
import co.factusapi.application.port.in.ReconcileDocumentsUseCase;
import co.factusapi.application.port.out.LoginFailures;
import co.factusapi.application.port.out.RequestAllowances;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.FixedRateTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The scheduled reconciler, instance heartbeat and idempotency-key purge, with their metrics: {@code factus.reconciler.runs},
 * {@code factus.reconciler.settled{outcome}} and the gauge {@code factus.invoices.unsettled}.
 */
public class ReliabilityJobs implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(ReliabilityJobs.class);

    private final ReconcileDocumentsUseCase reconciler;
    private final IdempotentRequestsUseCase idempotency;
    private final JdbcInstanceRegistry instances;
    private final RequestAllowances allowances;
    private final LoginFailures loginFailures;
    private final ReliabilityProperties properties;
    private final MeterRegistry meters;
    private final Counter runs;

    public ReliabilityJobs(ReconcileDocumentsUseCase reconciler, IdempotentRequestsUseCase idempotency,
                           JdbcInstanceRegistry instances, RequestAllowances allowances, LoginFailures loginFailures,
                           ReliabilityProperties properties, MeterRegistry meters) {
        this.allowances = allowances;
        this.loginFailures = loginFailures;
        this.reconciler = reconciler;
        this.idempotency = idempotency;
        this.instances = instances;
        this.properties = properties;
        this.meters = meters;
        this.runs = Counter.builder("factus.reconciler.runs").description("Reconciler runs").register(meters);
        Gauge.builder("factus.invoices.unsettled", reconciler, ReconcileDocumentsUseCase::unsettled)
                .description("Ledger entries UNKNOWN or PENDING").register(meters);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.reconciler().enabled()) {
            Duration interval = properties.reconciler().interval();
            registrar.addFixedDelayTask(new FixedDelayTask(LeaderOnly.of(instances, this::reconcile), interval, interval));
        }
        Duration purge = properties.idempotency().purgeInterval();
        registrar.addFixedDelayTask(new FixedDelayTask(LeaderOnly.of(instances, this::purgeKeys), purge, purge));
        Duration heartbeat = properties.instances().heartbeatInterval();
        registrar.addFixedRateTask(new FixedRateTask(this::heartbeat, heartbeat, heartbeat));
    }

    /** One reconciler run; also what tests call to settle everything now. */
    public ReconcileDocumentsUseCase.Report reconcile() {
        try {
            ReconcileDocumentsUseCase.Report report = reconciler.reconcile();
            runs.increment();
            report.settled().forEach((outcome, count) -> settled(outcome).increment(count));
            return report;
        } catch (RuntimeException e) {
            log.warn("Reconciler run failed ({}); the next run tries again", e.getClass().getSimpleName());
            throw e;
        }
    }

    private Counter settled(Outcome outcome) {
        return Counter.builder("factus.reconciler.settled").tag("outcome", outcome.name().toLowerCase())
                .description("Entries the reconciler settled, by outcome").register(meters);
    }

    private void heartbeat() {
        try {
            instances.heartbeat();
        } catch (RuntimeException e) {
            // The database is away: other instances will see this one as dead, which only lets them take up its work.
            log.warn("Heartbeat not written ({})", e.getClass().getSimpleName());
        }
    }

    void purgeKeys() {
        instances.forgetDead(Duration.ofDays(1));
        allowances.forgetIdle();
        loginFailures.forgetOlderThan(Duration.ofDays(1));
        int purged = idempotency.purgeExpired();
        if (purged > 0) {
            log.debug("Purged {} expired idempotency keys", purged);
        }
    }
}
