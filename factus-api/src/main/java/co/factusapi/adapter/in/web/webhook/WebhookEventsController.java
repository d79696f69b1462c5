package co.factusapi.adapter.in.web.webhook;

import co.factusapi.application.port.in.WebhookDeliveriesUseCase;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.webhook.WebhookEventType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tenant administration (tenant:manage, enforced in SecurityConfig): the tenant's webhook events and resends. */
@RestController
@RequestMapping("/api/v1/webhook-events")
@Tag(name = "Webhooks")
public class WebhookEventsController {
    private final WebhookDeliveriesUseCase deliveries;

    public WebhookEventsController(WebhookDeliveriesUseCase deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    @Operation(summary = "List the tenant's webhook events, newest first")
    public List<WebhookLogBodies.Event> list(
            @Parameter(description = "Only events of this type, e.g. document.issued") @RequestParam(required = false)
            String type,
            @Parameter(description = "Only events created at or after this ISO-8601 instant")
            @RequestParam(required = false) Instant since,
            @Parameter(description = "At most this many, 1-100") @RequestParam(defaultValue = "50") int limit) {
        WebhookEventType eventType = type == null ? null : WebhookEventType.fromCode(type).orElseThrow(() ->
                InvalidRequestException.of("type", "is not a known event type; known: "
                        + String.join(", ", WebhookEventType.subscribableCodes()) + ", webhook.test"));
        return deliveries.events(eventType, since, limit).stream().map(WebhookLogBodies.Event::of).toList();
    }

    @GetMapping("/{eventId}")
    @Operation(summary = "Show one webhook event with its deliveries and every attempt")
    public WebhookLogBodies.EventDetail get(@PathVariable UUID eventId) {
        return WebhookLogBodies.EventDetail.of(deliveries.event(eventId));
    }

    @PostMapping("/{eventId}/resend")
    @Operation(summary = "Send the event again (same webhook-id) to every enabled endpoint subscribed to its type")
    public ResponseEntity<WebhookLogBodies.Queued> resend(@PathVariable UUID eventId,
                                                          @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        return ResponseEntity.accepted().body(new WebhookLogBodies.Queued(deliveries.resend(eventId, caller.name())));
    }
}
