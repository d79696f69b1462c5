package co.factusapi.adapter.in.console;

import co.factusapi.application.port.in.ArchiveDocumentsUseCase;
import co.factusapi.application.port.in.ManageWebhookEndpointsUseCase;
import co.factusapi.application.port.in.PollComplianceAlertsUseCase;
import co.factusapi.application.port.in.WebhookDeliveriesUseCase;
import co.factusapi.domain.webhook.RaisedAlert;
import co.factusapi.domain.webhook.WebhookDelivery;
import co.factusapi.domain.webhook.WebhookEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Hoy"'s needs-attention items beyond documents: numbering ranges running low or out of time and the provider's
 * document quota running low (the compliance alerts raised by their last poll), webhook endpoints disabled or whose
 * latest delivery failed, and recent documents not in the legal archive past its lag threshold. All read from our
 * own database, never from the provider, which the alert poller reads on its own schedule. Webhooks are tenant
 * administration, as their API is: only for those who may manage the tenant.
 */
final class AttentionNotices {
    /** How far back "Hoy" looks for archive lag: a bounded read; older lag is the archive's own report's business. */
    static final Duration ARCHIVE_WINDOW = Duration.ofDays(7);
    private static final String WEBHOOK_PAGE = "/console/webhooks/";
    private static final String ARCHIVE_HELP = "/swagger-ui.html#/Legal%20archive";

    private static final String RANGES = "/console/numbering-ranges";

    private final PollComplianceAlertsUseCase alerts;
    private final ManageWebhookEndpointsUseCase endpoints;
    private final WebhookDeliveriesUseCase deliveries;
    private final ArchiveDocumentsUseCase archive;

    AttentionNotices(PollComplianceAlertsUseCase alerts, ManageWebhookEndpointsUseCase endpoints,
                     WebhookDeliveriesUseCase deliveries, ArchiveDocumentsUseCase archive) {
        this.alerts = alerts;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.archive = archive;
    }

    /** One item: its message key and arguments (data, rendered escaped) and where to look further. */
    record Notice(String message, List<Object> arguments, String href) {
        Notice {
            arguments = List.copyOf(arguments);
        }
    }

    List<Notice> notices(Instant now, boolean manager) {
        List<Notice> notices = new ArrayList<>();
        for (RaisedAlert alert : alerts.raised()) {
            compliance(alert).ifPresent(notices::add);
        }
        if (manager) {
            for (WebhookEndpoint endpoint : endpoints.list()) {
                webhook(endpoint).ifPresent(notices::add);
            }
        }
        long lagging = archive.laggingSince(now.minus(ARCHIVE_WINDOW));
        if (lagging > 0) {
            notices.add(new Notice("today.attention.archive-lag", List.of(lagging), ARCHIVE_HELP));
        }
        return notices;
    }

    /** {@code range:<id>} names the range by its provider id; the threshold is the alert's setting. */
    private static Optional<Notice> compliance(RaisedAlert alert) {
        String subject = alert.subject().substring(alert.subject().indexOf(':') + 1);
        String message = switch (alert.type()) {
            case NUMBERING_RANGE_LOW -> "today.attention.range-low";
            case NUMBERING_RANGE_EXPIRING -> "today.attention.range-expiring";
            case QUOTA_LOW -> "today.attention.quota-low";
            default -> null;
        };
        return Optional.ofNullable(message).map(key -> new Notice(key, List.of(subject, alert.threshold()), RANGES));
    }

    private Optional<Notice> webhook(WebhookEndpoint endpoint) {
        String page = WEBHOOK_PAGE + endpoint.id();
        if (!endpoint.enabled()) {
            return Optional.of(new Notice("today.attention.webhook-disabled", List.of(endpoint.url(),
                    endpoint.disabledReason() == null ? "" : endpoint.disabledReason()), page));
        }
        return deliveries.deliveriesTo(endpoint.id(), 1).stream().findFirst().filter(AttentionNotices::failing)
                .map(latest -> new Notice("today.attention.webhook-failing", List.of(endpoint.url()), page));
    }

    /** Given up on, or still being retried after a failed attempt. */
    private static boolean failing(WebhookDelivery delivery) {
        return "FAILED".equals(delivery.status()) || ("PENDING".equals(delivery.status()) && delivery.attemptCount() > 0);
    }
}
