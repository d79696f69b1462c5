package co.factusapi.domain.webhook;

import co.factusapi.domain.numbering.NumberingRange;
import co.factusapi.domain.tenant.DocumentQuota;
import java.util.Objects;

/**
 * What one compliance alert watches, as the alert poller found it: {@code type} (the alert's event type), its
 * {@code subject} ({@code range:<id>} or {@code quota}), whether it {@code holds} now, and the range or the quota it is
 * about (the other is null). {@code threshold}: the setting the condition was judged against (remaining numbers or
 * documents, or days), kept with the alert's state.
 */
public record AlertCondition(WebhookEventType type, String subject, boolean holds, long threshold,
                             NumberingRange range, DocumentQuota quota) {
    public static final String QUOTA_SUBJECT = "quota";

    public AlertCondition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        if ((range == null) == (quota == null)) {
            throw new IllegalArgumentException("an alert is about a range or the quota");
        }
    }

    static AlertCondition aboutRange(WebhookEventType type, NumberingRange range, boolean holds, long threshold) {
        return new AlertCondition(type, "range:" + range.id(), holds, threshold, range, null);
    }

    static AlertCondition aboutQuota(DocumentQuota quota, boolean holds, long threshold) {
        return new AlertCondition(WebhookEventType.QUOTA_LOW, QUOTA_SUBJECT, holds, threshold, null, quota);
    }
}
