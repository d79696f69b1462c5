package co.factusapi.adapter.in.web.webhook;

import co.factusapi.application.port.in.ManageWebhookEndpointsUseCase.EndpointChange;
import co.factusapi.application.port.in.ManageWebhookEndpointsUseCase.EndpointWithSecret;
import co.factusapi.domain.webhook.WebhookEndpoint;
import co.factusapi.domain.webhook.WebhookEventType;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The request and response bodies of the webhook endpoints API. */
final class WebhookEndpointBodies {
    private WebhookEndpointBodies() {
    }

    @Schema(name = "CreateWebhookEndpointRequest", example = """
            {"url": "https://erp.tienda.co/hooks/factus", "description": "ERP status updates",
             "event_types": ["document.issued", "document.rejected", "document.settled"]}""")
    record CreateRequest(
            @Schema(description = "Absolute https URL whose host resolves to public addresses only (unless "
                    + "factus-api.webhooks.allow names it)") String url,
            @Schema(description = "What the endpoint is for, at most 200 characters") String description,
            @ArraySchema(schema = @Schema(allowableValues = {"document.issued", "document.rejected",
                    "document.unknown", "document.settled", "document.deleted", "numbering_range.low",
                    "numbering_range.expiring", "quota.low", "webhook_endpoint.disabled"}),
                    arraySchema = @Schema(description = "The events to receive, at least one")) List<String> eventTypes) {
    }

    @Schema(name = "UpdateWebhookEndpointRequest", example = """
            {"event_types": ["document.issued"], "enabled": true}""")
    record UpdateRequest(String url, String description,
                         @ArraySchema(schema = @Schema(allowableValues = {"document.issued", "document.rejected",
                                 "document.unknown", "document.settled", "document.deleted", "numbering_range.low",
                                 "numbering_range.expiring", "quota.low", "webhook_endpoint.disabled"}))
                         List<String> eventTypes,
                         @Schema(description = "false stops deliveries; true resumes them (also after the service "
                                 + "disabled the endpoint for failing too long)") Boolean enabled) {
        EndpointChange change() {
            return new EndpointChange(url, description, eventTypes, enabled);
        }
    }

    @Schema(name = "WebhookEndpoint")
    record Response(UUID id, String url, String description, List<String> eventTypes, boolean enabled,
                    @Schema(description = "Why the endpoint is disabled: by the tenant, or after failing too long")
                    String disabledReason,
                    @Schema(description = "After a rotation: until when the previous secret still signs too")
                    Instant previousSecretUntil, Instant createdAt, Instant updatedAt) {
        static Response of(WebhookEndpoint endpoint) {
            return new Response(endpoint.id(), endpoint.url().toString(), endpoint.description(),
                    endpoint.eventTypes().stream().map(WebhookEventType::code).sorted().toList(), endpoint.enabled(),
                    endpoint.disabledReason(), endpoint.previousSecretUntil(), endpoint.createdAt(),
                    endpoint.updatedAt());
        }
    }

    @Schema(name = "WebhookEndpointWithSecret")
    record WithSecret(UUID id, String url, String description, List<String> eventTypes, boolean enabled,
                      @Schema(description = "The signing secret (whsec_...), shown in this answer only")
                      String secret, Instant previousSecretUntil, Instant createdAt) {
        static WithSecret of(EndpointWithSecret created) {
            Response endpoint = Response.of(created.endpoint());
            return new WithSecret(endpoint.id(), endpoint.url(), endpoint.description(), endpoint.eventTypes(),
                    endpoint.enabled(), created.secret().value(), endpoint.previousSecretUntil(), endpoint.createdAt());
        }

        @Override
        public String toString() {
            return "WithSecret[id=" + id + ", secret=***]";
        }
    }
}
