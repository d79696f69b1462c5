package co.factusapi.config;

import co.factusapi.domain.webhook.WebhookEventType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;

/**
 * The events the service sends to webhook endpoints, as OpenAPI 3.1 {@code webhooks} (docs/webhooks.md): one entry
 * per event type, each a signed POST whose body is a {@code WebhookPayload}.
 */
final class OpenApiWebhooks {
    private static final String PAYLOAD = "WebhookPayload";
    private static final String DOCUMENT = "WebhookDocument";
    private static final String RANGE = "WebhookNumberingRange";
    private static final String QUOTA = "WebhookQuota";
    private static final String ENDPOINT = "WebhookDisabledEndpoint";
    private static final String EXAMPLE = """
            {"id": "0b6f9a52-3c1e-4d5e-9f0a-7c2b1d8e4f61", "type": "document.issued",
             "timestamp": "2026-12-06T14:03:11.482Z", "tenant_id": "5f0c3d8e-61a2-4b7c-9e1d-2a3b4c5d6e7f",
             "data": {"id": "9d3c2b1a-7e6f-4a5b-8c9d-0e1f2a3b4c5d", "kind": "invoice",
                      "reference_code": "ORDER-2026-0001", "status": "ISSUED", "number": "SETP990000001",
                      "prefix": "SETP", "totals": {"gross_value": 20000.00, "tax_amount": 3800.00, "total": 23800.00},
                      "created_at": "2026-12-06T14:03:10.911Z", "updated_at": "2026-12-06T14:03:11.482Z",
                      "issued_at": "2026-12-06T14:03:11.482Z"}}""";

    private OpenApiWebhooks() {
    }

    static void describe(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(DOCUMENT, documentSchema()).addSchemas(RANGE, rangeSchema())
                .addSchemas(QUOTA, quotaSchema()).addSchemas(ENDPOINT, endpointSchema())
                .addSchemas(PAYLOAD, payloadSchema());
        for (WebhookEventType type : WebhookEventType.values()) {
            openApi.addWebhooks(type.code(), new PathItem().post(operation(type)));
        }
    }

    private static Operation operation(WebhookEventType type) {
        return new Operation().operationId("webhook_" + type.code().replace('.', '_')).tags(List.of("Webhooks"))
                .summary("The " + type.code() + " event, sent to the endpoints subscribed to it")
                .description("Signed per Standard Webhooks: verify webhook-signature over "
                        + "\"{webhook-id}.{webhook-timestamp}.{raw body}\" with the endpoint's secret before trusting "
                        + "the body (docs/webhooks.md). Answer 2xx once stored; anything else is retried.")
                .addParametersItem(header("webhook-id", "The event id: the same on every attempt; drop duplicates"))
                .addParametersItem(header("webhook-timestamp", "Unix seconds of this attempt"))
                .addParametersItem(header("webhook-signature", "Space-separated v1,<base64 HMAC-SHA256> signatures"))
                .requestBody(new RequestBody().required(true).content(new Content().addMediaType("application/json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PAYLOAD))
                                .example(EXAMPLE))))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse()
                        .description("Any 2xx: delivered. Anything else, a redirect or no answer within the timeout: "
                                + "retried with backoff for 3 days")));
    }

    private static HeaderParameter header(String name, String description) {
        return (HeaderParameter) new HeaderParameter().name(name).required(true).description(description)
                .schema(new StringSchema());
    }

    @SuppressWarnings("rawtypes")
    private static Schema payloadSchema() {
        return new ObjectSchema().description("The body of every webhook delivery")
                .addProperty("id", new StringSchema().format("uuid").description("The event id (= webhook-id)"))
                .addProperty("type", new StringSchema().description("The event type, e.g. document.issued"))
                .addProperty("timestamp", new StringSchema().format("date-time").description("When it happened"))
                .addProperty("tenant_id", new StringSchema().format("uuid"))
                .addProperty("data", new Schema<>().oneOf(List.of(ref(DOCUMENT), ref(RANGE), ref(QUOTA), ref(ENDPOINT)))
                        .description("document.*: the document; numbering_range.low and numbering_range.expiring: "
                                + "the range; quota.low: the provider's document quota; webhook_endpoint.disabled: "
                                + "the endpoint that was disabled; webhook.test: {\"endpoint_id\"}"));
    }

    private static Schema<?> ref(String schema) {
        return new Schema<>().$ref("#/components/schemas/" + schema);
    }

    @SuppressWarnings("rawtypes")
    private static Schema rangeSchema() {
        ObjectSchema range = new ObjectSchema();
        range.description("The numbering range an alert is about, as GET /api/v1/numbering-ranges/{id} names it, "
                + "plus remaining (to - current + 1)");
        range.addProperty("id", new Schema<>().type("integer").format("int64"));
        range.addProperty("document", new StringSchema());
        range.addProperty("prefix", new StringSchema());
        for (String number : List.of("from", "to", "current", "remaining")) {
            range.addProperty(number, new Schema<>().type("integer").format("int64"));
        }
        range.addProperty("end_date", new StringSchema().format("date"));
        return range;
    }

    @SuppressWarnings("rawtypes")
    private static Schema quotaSchema() {
        return new ObjectSchema().description("The document quota of the tenant's Factus subscription")
                .addProperty("used", new Schema<>().type("integer").format("int64"))
                .addProperty("remaining", new Schema<>().type("integer").format("int64"))
                .addProperty("expires_on", new StringSchema().format("date"));
    }

    @SuppressWarnings("rawtypes")
    private static Schema endpointSchema() {
        return new ObjectSchema().description("The endpoint the service disabled after it failed for too long")
                .addProperty("id", new StringSchema().format("uuid"))
                .addProperty("url", new StringSchema())
                .addProperty("disabled_reason", new StringSchema());
    }

    @SuppressWarnings("rawtypes")
    private static Schema documentSchema() {
        ObjectSchema money = new ObjectSchema();
        for (String amount : List.of("gross_value", "tax_amount", "total")) {
            money.addProperty(amount, new Schema<>().type("number"));
        }
        ObjectSchema document = new ObjectSchema();
        document.description("A subset of the API's document resource, with its field names");
        document.addProperty("id", new StringSchema().format("uuid"));
        document.addProperty("kind", new StringSchema()._enum(List.of("invoice", "credit_note", "debit_note",
                "support_document", "adjustment_note")));
        document.addProperty("reference_code", new StringSchema());
        document.addProperty("status", new StringSchema()._enum(List.of("PENDING", "ISSUED", "REJECTED", "FAILED",
                "UNKNOWN", "DELETED")));
        for (String text : List.of("number", "prefix", "cufe", "cude", "cuds", "qr_url", "invoice_number",
                "support_document_number")) {
            document.addProperty(text, new StringSchema());
        }
        document.addProperty("totals", money);
        document.addProperty("errors", new Schema<>().type("array").items(new ObjectSchema()
                .addProperty("field", new StringSchema()).addProperty("message", new StringSchema())));
        for (String time : List.of("created_at", "updated_at", "issued_at")) {
            document.addProperty(time, new StringSchema().format("date-time"));
        }
        ObjectSchema radian = new ObjectSchema();
        radian.description("document.radian_event only: the RADIAN event recorded on the invoice, as Factus reports it "
                + "(030 acuse de recibo, 031 reclamo, 032 recibo del bien, 033 aceptación expresa, 034 tácita, ...)");
        for (String text : List.of("code", "name", "cude", "number", "effective_date", "effective_time")) {
            radian.addProperty(text, new StringSchema());
        }
        document.addProperty("radian_event", radian);
        return document;
    }
}
