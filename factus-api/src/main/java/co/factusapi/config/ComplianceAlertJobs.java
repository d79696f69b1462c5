package co.factusapi.config;

import co.factusapi.adapter.out.persistence.JdbcInstanceRegistry;
import co.factusapi.application.port.in.PollComplianceAlertsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The compliance alert poller, {@code interval} apart, on the leading instance only. */
public class ComplianceAlertJobs implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(ComplianceAlertJobs.class);

    private final PollComplianceAlertsUseCase poller;
    private final JdbcInstanceRegistry instances;
    private final WebhookProperties.Alerts settings;

    public ComplianceAlertJobs(PollComplianceAlertsUseCase poller, JdbcInstanceRegistry instances,
                               WebhookProperties.Alerts settings) {
        this.poller = poller;
        this.instances = instances;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (settings.enabled()) {
            registrar.addFixedDelayTask(new FixedDelayTask(LeaderOnly.of(instances, this::poll), settings.interval(),
                    settings.interval()));
        }
    }

    /** One poll over every tenant; also what tests call instead of waiting for the schedule. */
    public int poll() {
        try {
            return poller.poll();
        } catch (RuntimeException e) {
            // The database is away: the next run tries again.
            log.warn("Compliance alert poll failed ({})", e.getClass().getSimpleName());
            return 0;
        }
    }
}
