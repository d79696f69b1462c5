package co.factusapi.config;

import co.factusapi.adapter.out.persistence.JdbcComplianceAlertLog;
import co.factusapi.adapter.out.persistence.JdbcInstanceRegistry;
import co.factusapi.adapter.out.persistence.JdbcRadianWatchlist;
import co.factusapi.adapter.out.persistence.JdbcWebhookEndpoints;
import co.factusapi.adapter.out.persistence.JdbcWebhookOutbox;
import co.factusapi.adapter.out.persistence.WebhookSubscriptions;
import co.factusapi.adapter.out.webhook.JdkWebhookSender;
import co.factusapi.adapter.out.webhook.WebhookAddressPolicy;
import co.factusapi.application.port.in.DispatchWebhooksUseCase;
import co.factusapi.application.port.in.PollComplianceAlertsUseCase;
import co.factusapi.application.port.in.PollRadianEventsUseCase;
import co.factusapi.application.port.out.ComplianceAlertLog;
import co.factusapi.application.port.out.InstanceRegistry;
import co.factusapi.application.port.out.InvoiceEventsGateway;
import co.factusapi.application.port.out.NumberingRangeGateway;
import co.factusapi.application.port.out.ProviderQuota;
import co.factusapi.application.port.out.RadianWatchlist;
import co.factusapi.application.port.out.TenantRepository;
import co.factusapi.application.port.out.WebhookSender;
import co.factusapi.application.port.out.SecretVault;
import co.factusapi.application.port.out.WebhookDestinations;
import co.factusapi.application.port.out.WebhookEndpointRepository;
import co.factusapi.application.service.AuditTrail;
import co.factusapi.application.service.ComplianceAlertsService;
import co.factusapi.application.service.RadianEventsService;
import co.factusapi.application.service.WebhookDeliveryLogService;
import co.factusapi.application.service.WebhookDispatcher;
import co.factusapi.application.service.WebhookEndpointService;
import co.factusapi.domain.webhook.ComplianceAlertRules;
import co.factusapi.domain.webhook.RadianPolling;
import co.factusapi.domain.webhook.RetrySchedule;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Webhooks (docs/webhooks.md): endpoints, the outbox, the dispatcher, the pollers (compliance alerts, RADIAN events). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
public class WebhookConfig {

    /** Shared by the endpoint writers (which drop a tenant's entry) and the outbox (which reads it per change). */
    @Bean
    WebhookSubscriptions webhookSubscriptions(JdbcClient jdbc, CacheProperties caches, Clock clock) {
        return new WebhookSubscriptions(jdbc, caches.webhookEndpoints(), clock);
    }

    @Bean
    WebhookEndpointRepository webhookEndpointRepository(JdbcClient jdbc, WebhookSubscriptions subscriptions) {
        return new JdbcWebhookEndpoints(jdbc, subscriptions);
    }

    /** Also the ledger's: it writes the events of each change in that change's transaction. */
    @Bean
    JdbcWebhookOutbox webhookOutbox(JdbcClient jdbc, PlatformTransactionManager transactions,
                                    WebhookSubscriptions subscriptions) {
        return new JdbcWebhookOutbox(jdbc, new TransactionTemplate(transactions), subscriptions);
    }

    @Bean
    WebhookDestinations webhookDestinations(WebhookProperties properties) {
        return new WebhookAddressPolicy(properties.allow());
    }

    @Bean
    WebhookEndpointService webhookEndpointService(WebhookEndpointRepository endpoints, WebhookDestinations destinations,
                                                  SecretVault vault, Clock clock, WebhookProperties properties,
                                                  AuditTrail audit) {
        return new WebhookEndpointService(endpoints, destinations, vault, clock, properties.rotationGrace(), audit);
    }

    @Bean
    WebhookDeliveryLogService webhookDeliveryLogService(JdbcWebhookOutbox outbox, WebhookEndpointRepository endpoints,
                                                        WebhookEndpointService endpointService, Clock clock,
                                                        AuditTrail audit) {
        return new WebhookDeliveryLogService(outbox, endpoints, endpointService, clock, audit);
    }

    @Bean
    WebhookSender webhookSender(WebhookProperties properties, Clock clock) {
        return new JdkWebhookSender(properties.timeout(), clock);
    }

    /** A claim holds for two attempt timeouts and a margin: an attempt never outlives its lease. */
    @Bean
    WebhookDispatcher webhookDispatcher(JdbcWebhookOutbox outbox, WebhookEndpointRepository endpoints,
                                        SecretVault vault, WebhookDestinations destinations, WebhookSender sender,
                                        AuditTrail audit, InstanceRegistry instances, WebhookProperties properties,
                                        Clock clock) {
        WebhookProperties.Dispatcher dispatcher = properties.dispatcher();
        return new WebhookDispatcher(new WebhookDispatcher.Ports(outbox, endpoints, vault, destinations, sender, audit),
                new WebhookDispatcher.Settings(instances.self(), properties.timeout().multipliedBy(2).plusSeconds(30),
                        dispatcher.batchSize(), dispatcher.concurrencyPerEndpoint(),
                        new RetrySchedule(properties.retrySchedule(), properties.retryFor()), properties.disableAfter()),
                clock, new SecureRandom());
    }

    @Bean
    ComplianceAlertLog complianceAlertLog(JdbcClient jdbc, PlatformTransactionManager transactions,
                                          JdbcWebhookOutbox outbox) {
        return new JdbcComplianceAlertLog(jdbc, new TransactionTemplate(transactions), outbox);
    }

    @Bean
    ComplianceAlertsService complianceAlertsService(TenantRepository tenants, NumberingRangeGateway ranges,
                                                    ProviderQuota quota, ComplianceAlertLog alerts,
                                                    WebhookProperties properties, Clock clock) {
        WebhookProperties.Alerts settings = properties.alerts();
        return new ComplianceAlertsService(tenants, ranges, quota, alerts, new ComplianceAlertRules(
                settings.rangeLowRemaining(), settings.rangeExpiringDays(), settings.quotaLowRemaining()), clock);
    }

    @Bean
    RadianWatchlist radianWatchlist(JdbcClient jdbc, PlatformTransactionManager transactions,
                                    JdbcWebhookOutbox outbox) {
        return new JdbcRadianWatchlist(jdbc, new TransactionTemplate(transactions), outbox);
    }

    @Bean
    RadianEventsService radianEventsService(TenantRepository tenants, RadianWatchlist watchlist,
                                            InvoiceEventsGateway provider, WebhookProperties properties, Clock clock) {
        WebhookProperties.Radian radian = properties.radian();
        return new RadianEventsService(tenants, watchlist, provider,
                new RadianPolling(radian.firstLook(), radian.longestWait(), radian.watchFor()), radian.perRun(), clock);
    }

    @Bean
    WebhookLeaderJobs webhookLeaderJobs(PollComplianceAlertsUseCase alerts, PollRadianEventsUseCase radian,
                                        DispatchWebhooksUseCase dispatcher, JdbcInstanceRegistry instances,
                                        WebhookProperties properties) {
        return new WebhookLeaderJobs(alerts, radian, dispatcher, instances, properties);
    }

    @Bean
    WebhookJobs webhookJobs(DispatchWebhooksUseCase dispatcher, WebhookProperties properties) {
        return new WebhookJobs(dispatcher, properties.dispatcher());
    }
}
