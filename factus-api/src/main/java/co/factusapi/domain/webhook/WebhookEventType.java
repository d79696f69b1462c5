package co.factusapi.domain.webhook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an endpoint can subscribe to (docs/webhooks.md). Every document kind shares the document events; the payload's
 * {@code data.kind} says which kind it is; {@code document.radian_event} is about invoices only. The compliance alerts ({@code numbering_range.*}, {@code quota.low}) and
 * {@code webhook_endpoint.disabled} are about no document. {@code webhook.test} is sent on request only and cannot be subscribed to.
 */
public enum WebhookEventType {
    DOCUMENT_ISSUED("document.issued"),
    DOCUMENT_REJECTED("document.rejected"),
    DOCUMENT_UNKNOWN("document.unknown"),
    DOCUMENT_SETTLED("document.settled"),
    DOCUMENT_DELETED("document.deleted"),
    DOCUMENT_RADIAN_EVENT("document.radian_event"),
    NUMBERING_RANGE_LOW("numbering_range.low"),
    NUMBERING_RANGE_EXPIRING("numbering_range.expiring"),
    QUOTA_LOW("quota.low"),
    WEBHOOK_ENDPOINT_DISABLED("webhook_endpoint.disabled"),
    WEBHOOK_TEST("webhook.test");

    private final String code;

    WebhookEventType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<WebhookEventType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }

    public boolean subscribable() {
        return this != WEBHOOK_TEST;
    }

    /** The codes an endpoint may subscribe to, for messages and the API description. */
    public static List<String> subscribableCodes() {
        return Arrays.stream(values()).filter(WebhookEventType::subscribable).map(WebhookEventType::code).toList();
    }
}
