package co.factusapi.adapter.in.console;

import co.factusapi.adapter.in.web.document.LedgerFilters;
import co.factusapi.application.port.in.ManageWebhookEndpointsUseCase;
import co.factusapi.application.port.in.ManageWebhookEndpointsUseCase.EndpointChange;
import co.factusapi.application.port.in.ManageWebhookEndpointsUseCase.EndpointWithSecret;
import co.factusapi.application.port.in.WebhookDeliveriesUseCase;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.webhook.DeliveryAttempt;
import co.factusapi.domain.webhook.WebhookDelivery;
import co.factusapi.domain.webhook.WebhookEndpoint;
import co.factusapi.domain.webhook.WebhookEventType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The acting tenant's webhook endpoints (tenant admins only, as {@code /api/v1/webhook-endpoints}) and each one's
 * delivery log with its replays. A signing secret is shown once, on the page after the action that made it.
 */
@Controller
public class ConsoleWebhooksController {
    private static final String ENDPOINT = "redirect:/console/webhooks/{id}";
    private static final int LOG_SIZE = 25;
    private static final String SUCCEEDED = "SUCCEEDED";

    private final ManageWebhookEndpointsUseCase endpoints;
    private final WebhookDeliveriesUseCase log;

    public ConsoleWebhooksController(ManageWebhookEndpointsUseCase endpoints, WebhookDeliveriesUseCase log) {
        this.endpoints = endpoints;
        this.log = log;
    }

    /** One endpoint as the pages show it, never with its secret; {@code failingSince} empty when it is not failing. */
    record EndpointRow(UUID id, String url, String description, List<String> eventTypes, boolean enabled,
                       String disabledReason, String previousSecretUntil, String createdAt, String failingSince) {
        static EndpointRow of(WebhookEndpoint endpoint, Instant failingSince) {
            return new EndpointRow(endpoint.id(), endpoint.url().toString(), endpoint.description(),
                    endpoint.eventTypes().stream().map(WebhookEventType::code).sorted().toList(), endpoint.enabled(),
                    endpoint.disabledReason(), ConsoleFormat.time(endpoint.previousSecretUntil()),
                    ConsoleFormat.time(endpoint.createdAt()), ConsoleFormat.time(failingSince));
        }
    }

    /** One delivery with its last attempt (attempts come newest first): when, the status code, or the error. */
    record DeliveryRow(UUID eventId, String eventType, String status, int attempts, String lastAt, Integer lastCode,
                       String lastError) {
        static DeliveryRow of(WebhookDelivery delivery) {
            DeliveryAttempt last = delivery.attempts().isEmpty() ? null : delivery.attempts().getFirst();
            return new DeliveryRow(delivery.eventId(), delivery.eventType().code(), delivery.status(),
                    delivery.attemptCount(), last == null ? "" : ConsoleFormat.time(last.at()),
                    last == null ? null : last.statusCode(), last == null ? null : last.error());
        }
    }

    @GetMapping("/console/webhooks")
    String list(Model model) {
        // A tenant has a few endpoints: one look at each one's log is cheap.
        model.addAttribute("endpoints", endpoints.list().stream().map(endpoint -> EndpointRow.of(endpoint,
                failingSince(log.deliveriesTo(endpoint.id(), LOG_SIZE)))).toList());
        model.addAttribute("eventTypes", WebhookEventType.subscribableCodes());
        return "console/webhooks";
    }

    @PostMapping("/console/webhooks")
    String create(@RequestParam(required = false) String url, @RequestParam(required = false) String description,
                  @RequestParam(required = false) List<String> eventTypes, @AuthenticationPrincipal Caller caller,
                  Model model, RedirectAttributes next) {
        try {
            EndpointWithSecret created = endpoints.create(url == null ? null : url.strip(),
                    description == null || description.isBlank() ? null : description.strip(),
                    eventTypes == null ? List.of() : eventTypes, caller.name());
            next.addFlashAttribute("secret", created.secret().value());
            return "redirect:/console/webhooks/" + created.endpoint().id();
        } catch (InvalidRequestException invalid) {
            model.addAttribute("errors", invalid.violations().stream().map(FormError::of).toList());
            model.addAttribute("url", url);
            model.addAttribute("description", description);
            model.addAttribute("chosen", eventTypes == null ? List.of() : eventTypes);
            return list(model);
        }
    }

    @GetMapping("/console/webhooks/{id}")
    String endpoint(@PathVariable UUID id, Model model) {
        List<WebhookDelivery> deliveries = log.deliveriesTo(id, LOG_SIZE);
        model.addAttribute("endpoint", EndpointRow.of(endpoints.get(id), failingSince(deliveries)));
        model.addAttribute("deliveries", deliveries.stream().map(DeliveryRow::of).toList());
        return "console/webhook";
    }

    /**
     * The first failed attempt of the deliveries that have not succeeded since the last one that did (the log comes
     * newest first), as far back as the page shows: null when the latest tried delivery succeeded.
     */
    static Instant failingSince(List<WebhookDelivery> newestFirst) {
        Instant since = null;
        for (WebhookDelivery delivery : newestFirst) {
            if (SUCCEEDED.equals(delivery.status())) {
                break;
            }
            if (!delivery.attempts().isEmpty()) {
                since = delivery.attempts().getLast().at();
            }
        }
        return since;
    }

    @PostMapping("/console/webhooks/{id}/enabled")
    String enable(@PathVariable UUID id, @RequestParam boolean enabled, @AuthenticationPrincipal Caller caller,
                  RedirectAttributes next) {
        endpoints.update(id, new EndpointChange(null, null, null, enabled), caller.name());
        next.addFlashAttribute(ActionOutcome.FLASH, ActionOutcome.done(enabled ? "webhooks.enabled-done"
                : "webhooks.disabled-done", null));
        return ENDPOINT;
    }

    @PostMapping("/console/webhooks/{id}/rotate-secret")
    String rotate(@PathVariable UUID id, @AuthenticationPrincipal Caller caller, RedirectAttributes next) {
        next.addFlashAttribute("secret", endpoints.rotateSecret(id, caller.name()).secret().value());
        return ENDPOINT;
    }

    @PostMapping("/console/webhooks/{id}/delete")
    String delete(@PathVariable UUID id, @AuthenticationPrincipal Caller caller, RedirectAttributes next) {
        endpoints.delete(id, caller.name());
        next.addFlashAttribute(ActionOutcome.FLASH, ActionOutcome.done("webhooks.deleted", null));
        return "redirect:/console/webhooks";
    }

    @PostMapping("/console/webhooks/{id}/test")
    String test(@PathVariable UUID id, @AuthenticationPrincipal Caller caller, RedirectAttributes next) {
        log.sendTest(id, caller.name());
        next.addFlashAttribute(ActionOutcome.FLASH, ActionOutcome.done("webhooks.test-queued", null));
        return ENDPOINT;
    }

    /** {@code since}: the form's date and time, in Bogotá like every time the console shows. */
    @PostMapping("/console/webhooks/{id}/replay")
    String replay(@PathVariable UUID id, @RequestParam(required = false) String since,
                  @AuthenticationPrincipal Caller caller, RedirectAttributes next) {
        try {
            Instant from = since == null || since.isBlank() ? null
                    : LocalDateTime.parse(since).atZone(LedgerFilters.COLOMBIA).toInstant();
            int queued = log.replay(id, from, caller.name());
            next.addFlashAttribute(ActionOutcome.FLASH, new ActionOutcome("webhooks.replayed", null,
                    Integer.toString(queued), false));
        } catch (DateTimeParseException | InvalidRequestException refused) {
            next.addFlashAttribute(ActionOutcome.FLASH, ActionOutcome.failed("webhooks.replay.failed", null));
        }
        return ENDPOINT;
    }

    @PostMapping("/console/webhooks/{id}/events/{eventId}/resend")
    String resend(@PathVariable UUID id, @PathVariable UUID eventId, @AuthenticationPrincipal Caller caller,
                  RedirectAttributes next) {
        endpoints.get(id); // the page's endpoint must be the acting tenant's: not found otherwise, as the page
        int queued = log.resend(eventId, caller.name());
        next.addFlashAttribute(ActionOutcome.FLASH, new ActionOutcome("webhooks.resent", null,
                Integer.toString(queued), false));
        return ENDPOINT;
    }
}
