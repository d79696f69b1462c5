package co.factusapi.adapter.in.web.webhook;

import co.factusapi.application.port.in.ManageWebhookEndpointsUseCase;
import co.factusapi.application.port.in.WebhookDeliveriesUseCase;
import co.factusapi.domain.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tenant administration (tenant:manage, enforced in SecurityConfig): where the tenant's events are delivered. */
@RestController
@RequestMapping("/api/v1/webhook-endpoints")
@Tag(name = "Webhooks")
public class WebhookEndpointsController {
    private final ManageWebhookEndpointsUseCase endpoints;
    private final WebhookDeliveriesUseCase log;

    public WebhookEndpointsController(ManageWebhookEndpointsUseCase endpoints, WebhookDeliveriesUseCase log) {
        this.endpoints = endpoints;
        this.log = log;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a webhook endpoint; its signing secret is in this answer only")
    public ResponseEntity<WebhookEndpointBodies.WithSecret> create(
            @RequestBody WebhookEndpointBodies.CreateRequest request,
            @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        var created = endpoints.create(request.url(), request.description(), request.eventTypes(), caller.name());
        return ResponseEntity.created(URI.create("/api/v1/webhook-endpoints/" + created.endpoint().id()))
                .body(WebhookEndpointBodies.WithSecret.of(created));
    }

    @GetMapping
    @Operation(summary = "List the tenant's webhook endpoints, oldest first, without secrets")
    public List<WebhookEndpointBodies.Response> list() {
        return endpoints.list().stream().map(WebhookEndpointBodies.Response::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Show one webhook endpoint without its secret")
    public WebhookEndpointBodies.Response get(@PathVariable UUID id) {
        return WebhookEndpointBodies.Response.of(endpoints.get(id));
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a webhook endpoint's URL, description or events, or disable and enable it")
    public WebhookEndpointBodies.Response update(@PathVariable UUID id,
                                                 @RequestBody WebhookEndpointBodies.UpdateRequest request,
                                                 @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        return WebhookEndpointBodies.Response.of(endpoints.update(id, request.change(), caller.name()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a webhook endpoint with its pending deliveries")
    public ResponseEntity<Void> delete(@PathVariable UUID id,
                                       @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        endpoints.delete(id, caller.name());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/rotate-secret")
    @Operation(summary = "Give the endpoint a new signing secret (in this answer only); the previous one keeps "
            + "signing beside it for the grace period (factus-api.webhooks.rotation-grace, default 24 h)")
    public WebhookEndpointBodies.WithSecret rotateSecret(@PathVariable UUID id,
                                                         @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        return WebhookEndpointBodies.WithSecret.of(endpoints.rotateSecret(id, caller.name()));
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The endpoint's delivery log: its latest deliveries with every attempt (status code, "
            + "latency, the first kilobyte of the answer, the error)")
    public List<WebhookLogBodies.Delivery> deliveries(@PathVariable UUID id,
            @Parameter(description = "At most this many, 1-100") @RequestParam(defaultValue = "50") int limit) {
        return log.deliveriesTo(id, limit).stream().map(WebhookLogBodies.Delivery::of).toList();
    }

    @PostMapping("/{id}/replay")
    @Operation(summary = "Send the endpoint every event it subscribes to created since a time, oldest first "
            + "(same webhook-ids: receivers that saw one already drop it)")
    public ResponseEntity<WebhookLogBodies.Queued> replay(@PathVariable UUID id,
            @Parameter(description = "ISO-8601 instant, e.g. 2026-12-01T00:00:00Z", required = true)
            @RequestParam(required = false) Instant since,
            @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        return ResponseEntity.accepted().body(new WebhookLogBodies.Queued(log.replay(id, since, caller.name())));
    }

    @PostMapping("/{id}/test")
    @Operation(summary = "Send the endpoint a webhook.test event")
    public ResponseEntity<WebhookLogBodies.Event> test(@PathVariable UUID id,
                                                       @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        return ResponseEntity.accepted().body(WebhookLogBodies.Event.of(log.sendTest(id, caller.name())));
    }
}
