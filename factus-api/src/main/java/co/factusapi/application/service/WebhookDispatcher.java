package co.factusapi.application.service;

import co.factusapi.application.port.in.DispatchWebhooksUseCase;
import co.factusapi.application.port.out.SecretVault;
import co.factusapi.application.port.out.WebhookDestinations;
import co.factusapi.application.port.out.WebhookEndpointRepository;
import co.factusapi.application.port.out.WebhookOutbox;
import co.factusapi.application.port.out.WebhookOutbox.Delivery;
import co.factusapi.application.port.out.WebhookSender;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.webhook.DeliveryAttempt;
import co.factusapi.domain.webhook.RetrySchedule;
import co.factusapi.domain.webhook.SigningSecrets;
import co.factusapi.domain.webhook.WebhookSignature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.random.RandomGenerator;

/**
 * Delivers webhook events at least once (docs/webhooks.md "Delivery"). Each run claims due deliveries in one short
 * transaction with a lease, then sends them outside any transaction, at most {@code perEndpoint} at once per endpoint,
 * signed per Standard Webhooks with the same {@code webhook-id} on every attempt. A failure is retried on the
 * {@link RetrySchedule}; an endpoint that only failed for {@code disableAfter} is disabled, and that is audited.
 */
public final class WebhookDispatcher implements DispatchWebhooksUseCase {
    private static final System.Logger LOG = System.getLogger(WebhookDispatcher.class.getName());
    /** Events deleted per statement, so a first purge of a large outbox never holds one long transaction. */
    private static final int PURGE_BATCH = 1_000;
    static final String ACTOR = "system:webhooks";

    /** The dispatcher's collaborators. */
    public record Ports(WebhookOutbox outbox, WebhookEndpointRepository endpoints, SecretVault vault,
                        WebhookDestinations destinations, WebhookSender sender, AuditTrail audit) {
    }

    /** owner: this instance's id; lease: how long a claim holds (longer than an attempt can take). */
    public record Settings(String owner, Duration lease, int batchSize, int perEndpoint, RetrySchedule schedule,
                           Duration disableAfter) {
    }

    private final Ports ports;
    private final Settings settings;
    private final Clock clock;
    private final RandomGenerator random;

    public WebhookDispatcher(Ports ports, Settings settings, Clock clock, RandomGenerator random) {
        this.ports = ports;
        this.settings = settings;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public int purge(Duration keptFor) {
        Instant before = clock.instant().minus(keptFor);
        int purged = 0;
        int batch;
        do {
            batch = ports.outbox().purge(before, PURGE_BATCH);
            purged += batch;
        } while (batch == PURGE_BATCH);
        return purged;
    }

    @Override
    public int dispatch() {
        Instant now = clock.instant();
        List<Delivery> due = ports.outbox().claimDue(settings.owner(), now, now.plus(settings.lease()),
                settings.batchSize());
        Map<UUID, Semaphore> limits = new HashMap<>();
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Delivery delivery : due) {
                Semaphore limit = limits.computeIfAbsent(delivery.endpointId(), id -> new Semaphore(settings.perEndpoint()));
                workers.submit(() -> {
                    limit.acquireUninterruptibly();
                    try {
                        deliver(delivery);
                    } finally {
                        limit.release();
                    }
                });
            }
        }
        return due.size();
    }

    private void deliver(Delivery delivery) {
        try {
            DeliveryAttempt attempt = attempt(delivery);
            Optional<Instant> next = attempt.succeeded() ? Optional.empty() : settings.schedule()
                    .nextAttempt(delivery.attempts() + 1, delivery.queuedAt(), clock.instant(), random);
            ports.outbox().recordAttempt(delivery, settings.owner(), attempt, next);
            ports.outbox().endpointOutcome(delivery.endpointId(), attempt.succeeded(), attempt.at())
                    .filter(since -> !since.plus(settings.disableAfter()).isAfter(attempt.at()))
                    .ifPresent(since -> disable(delivery, since, attempt.at()));
        } catch (RuntimeException e) {
            // The database or the vault failed: the lease runs out and the delivery is attempted again.
            LOG.log(System.Logger.Level.WARNING, "Webhook delivery not recorded (" + e.getClass().getSimpleName()
                    + "); it is retried when its lease ends");
        }
    }

    private DeliveryAttempt attempt(Delivery delivery) {
        Instant at = clock.instant();
        try {
            ports.destinations().check(delivery.url());
        } catch (InvalidRequestException refused) {
            return new DeliveryAttempt(at, null, 0, null, "not sent: the URL " + refused.violations().getFirst()
                    .message());
        }
        SigningSecrets secrets = WebhookEndpointService.opened(delivery.endpointId(),
                ports.endpoints().secrets(delivery.endpointId()), ports.vault());
        String id = delivery.event().id().toString();
        long timestamp = at.getEpochSecond();
        String body = delivery.event().payload();
        Map<String, String> headers = Map.of("webhook-id", id, "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", WebhookSignature.header(id, timestamp, body, secrets.signingAt(at)));
        return ports.sender().post(delivery.url(), headers, body);
    }

    private void disable(Delivery delivery, Instant failingSince, Instant now) {
        String reason = "disabled by the service: every delivery failed since " + failingSince;
        ports.outbox().disableEndpoint(delivery.endpointId(), reason, now);
        ports.audit().recordFor(delivery.event().tenantId(), ACTOR, "webhook-endpoint.disable", "webhook-endpoint",
                delivery.endpointId().toString(), null, "DISABLED", reason);
    }
}
