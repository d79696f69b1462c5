package co.factusapi.adapter.out.persistence;

import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.invoice.InvoiceEvent;
import co.factusapi.domain.numbering.NumberingRange;
import co.factusapi.domain.tenant.DocumentQuota;
import co.factusapi.domain.webhook.AlertCondition;
import co.factusapi.domain.webhook.ComplianceAlertRules;
import co.factusapi.domain.webhook.WebhookEventType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON body of an event (docs/webhooks.md "Payload"): Standard Webhooks' {@code type}, {@code timestamp} and
 * {@code data}, with the event {@code id} and {@code tenant_id}. A document's {@code data} mirrors the API's document
 * resource (snake_case, the same field names: {@code cufe}, {@code cude} or {@code cuds} by kind) plus {@code kind}.
 */
final class WebhookPayloads {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WebhookPayloads() {
    }

    static String document(UUID eventId, WebhookEventType type, LedgerEntry<?> entry, Instant at) {
        return envelope(eventId, entry.tenantId(), type, at, documentData(entry));
    }

    /**
     * A RADIAN event on one of our invoices: the invoice as the API shows it, with the event under
     * {@code radian_event} ({@code code}, {@code name}, {@code cude}, {@code number}, {@code effective_date},
     * {@code effective_time}, as Factus reports them).
     */
    static String radianEvent(UUID eventId, LedgerEntry<?> invoice, InvoiceEvent event, Instant at) {
        Map<String, Object> data = documentData(invoice);
        Map<String, Object> radian = new LinkedHashMap<>();
        putPresent(radian, "code", event.eventCode());
        putPresent(radian, "name", event.eventName());
        putPresent(radian, "cude", event.cude());
        putPresent(radian, "number", event.number());
        putPresent(radian, "effective_date", event.effectiveDate());
        putPresent(radian, "effective_time", event.effectiveTime());
        data.put("radian_event", radian);
        return envelope(eventId, invoice.tenantId(), WebhookEventType.DOCUMENT_RADIAN_EVENT, at, data);
    }

    /** A compliance alert: the range it is about (as the API shows it, plus {@code remaining}) or the quota. */
    static String alert(UUID eventId, UUID tenantId, AlertCondition alert, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (alert.range() != null) {
            NumberingRange range = alert.range();
            data.put("id", range.id());
            putPresent(data, "document", range.document() == null ? null : range.document().code());
            putPresent(data, "prefix", range.prefix());
            putPresent(data, "from", range.from());
            putPresent(data, "to", range.to());
            putPresent(data, "current", range.current());
            putPresent(data, "remaining", ComplianceAlertRules.remaining(range));
            putPresent(data, "end_date", range.endDate() == null ? null : range.endDate().toString());
        } else {
            DocumentQuota quota = alert.quota();
            putPresent(data, "used", quota.documentsUsed());
            putPresent(data, "remaining", quota.documentsRemaining());
            putPresent(data, "expires_on", quota.expiresOn() == null ? null : quota.expiresOn().toString());
        }
        return envelope(eventId, tenantId, alert.type(), at, data);
    }

    static String envelope(UUID eventId, UUID tenantId, WebhookEventType type, Instant at, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId.toString());
        body.put("type", type.code());
        body.put("timestamp", at.toString());
        body.put("tenant_id", tenantId.toString());
        body.put("data", data);
        return JSON.writeValueAsString(body);
    }

    private static Map<String, Object> documentData(LedgerEntry<?> entry) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", entry.id().toString());
        data.put("kind", entry.kind().name().toLowerCase());
        data.put("reference_code", entry.referenceCode());
        data.put("status", entry.status().name());
        putPresent(data, "number", entry.number());
        putPresent(data, "prefix", entry.prefix());
        putPresent(data, uniqueCodeName(entry.kind()), entry.uniqueCode());
        putPresent(data, "qr_url", entry.qrUrl());
        if (entry.parent() != null) {
            putPresent(data, entry.kind().corrects().name().toLowerCase() + "_number", entry.parent().number());
        }
        if (entry.totals() != null) {
            data.put("totals", Map.of("gross_value", entry.totals().grossValue(), "tax_amount",
                    entry.totals().taxAmount(), "total", entry.totals().total()));
        }
        if (!entry.errors().isEmpty()) {
            data.put("errors", errors(entry.errors()));
        }
        data.put("created_at", entry.createdAt().toString());
        data.put("updated_at", entry.updatedAt().toString());
        putPresent(data, "issued_at", entry.issuedAt() == null ? null : entry.issuedAt().toString());
        return data;
    }

    /** The name the API gives the DIAN unique code of each kind. */
    private static String uniqueCodeName(DocumentKind kind) {
        return switch (kind) {
            case INVOICE -> "cufe";
            case CREDIT_NOTE, DEBIT_NOTE -> "cude";
            case SUPPORT_DOCUMENT, ADJUSTMENT_NOTE -> "cuds";
        };
    }

    private static List<Map<String, String>> errors(List<FieldViolation> errors) {
        return errors.stream().map(error -> Map.of("field", String.valueOf(error.field()), "message", String.valueOf(error.message()))).toList();
    }

    private static void putPresent(Map<String, Object> data, String name, Object value) {
        if (value != null) {
            data.put(name, value);
        }
    }
}
