package co.factusapi.config;

import co.factusapi.application.port.in.DispatchWebhooksUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The scheduled webhook dispatcher: one run after another, {@code interval} apart, on every instance. */
public class WebhookJobs implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(WebhookJobs.class);

    private final DispatchWebhooksUseCase dispatcher;
    private final WebhookProperties.Dispatcher settings;

    public WebhookJobs(DispatchWebhooksUseCase dispatcher, WebhookProperties.Dispatcher settings) {
        this.dispatcher = dispatcher;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (settings.enabled()) {
            registrar.addFixedDelayTask(new FixedDelayTask(this::dispatch, settings.interval(), settings.interval()));
        }
    }

    /** One run; a run that claimed a full batch is followed at once by the next, so a backlog drains quickly. */
    void dispatch() {
        try {
            while (dispatcher.dispatch() >= settings.batchSize()) {
                log.debug("Webhook backlog: dispatching the next batch");
            }
        } catch (RuntimeException e) {
            // The database is away: the next run tries again.
            log.warn("Webhook dispatch failed ({})", e.getClass().getSimpleName());
        }
    }
}
