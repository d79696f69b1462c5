package co.factusapi.config;

import co.factusapi.adapter.out.persistence.JdbcInstanceRegistry;
import co.factusapi.application.port.in.DispatchWebhooksUseCase;
import co.factusapi.application.port.in.PollComplianceAlertsUseCase;
import co.factusapi.application.port.in.PollRadianEventsUseCase;
import java.time.Duration;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The webhook work one instance does for all, on the leading instance only: the pollers where Factus pushes nothing
 * (compliance alerts, RADIAN events) and the purge of old events. Each run that fails (the database away) is logged
 * and simply comes again at the next interval.
 */
public class WebhookLeaderJobs implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(WebhookLeaderJobs.class);

    private final PollComplianceAlertsUseCase alerts;
    private final PollRadianEventsUseCase radian;
    private final DispatchWebhooksUseCase dispatcher;
    private final JdbcInstanceRegistry instances;
    private final WebhookProperties settings;

    public WebhookLeaderJobs(PollComplianceAlertsUseCase alerts, PollRadianEventsUseCase radian,
                             DispatchWebhooksUseCase dispatcher, JdbcInstanceRegistry instances,
                             WebhookProperties settings) {
        this.alerts = alerts;
        this.radian = radian;
        this.dispatcher = dispatcher;
        this.instances = instances;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (settings.alerts().enabled()) {
            schedule(registrar, this::pollAlerts, settings.alerts().interval());
        }
        if (settings.radian().enabled()) {
            schedule(registrar, this::pollRadianEvents, settings.radian().interval());
        }
        schedule(registrar, this::purgeEvents, settings.purgeInterval());
    }

    private void schedule(ScheduledTaskRegistrar registrar, Runnable job, Duration interval) {
        registrar.addFixedDelayTask(new FixedDelayTask(LeaderOnly.of(instances, job), interval, interval));
    }

    /** One compliance alert poll over every tenant; also what tests call instead of waiting for the schedule. */
    public int pollAlerts() {
        return run("Compliance alert poll", alerts::poll);
    }

    /** One RADIAN event poll over every tenant; also what tests call instead of waiting for the schedule. */
    public int pollRadianEvents() {
        return run("RADIAN event poll", radian::poll);
    }

    /** Deletes the events older than the retention that have nothing left to deliver. */
    public int purgeEvents() {
        return run("Webhook event purge", () -> dispatcher.purge(settings.retention()));
    }

    private static int run(String job, IntSupplier work) {
        try {
            return work.getAsInt();
        } catch (RuntimeException e) {
            log.warn("{} failed ({}); the next run tries again", job, e.getClass().getSimpleName());
            return 0;
        }
    }
}
