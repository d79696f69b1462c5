package co.factusapi.domain.webhook;

import co.factusapi.domain.numbering.NumberingRange;
import co.factusapi.domain.tenant.DocumentQuota;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a compliance alert's condition holds (docs/webhooks.md "Alerts"). An active range is low when it has
 * {@code rangeLowRemaining} numbers or fewer left, and expiring when its end date is within {@code expiringDays} of
 * today; the provider's document quota is low when it has {@code quotaLowRemaining} documents or fewer left or expires
 * within {@code expiringDays}. A range that is inactive or expired holds no condition (its alerts clear).
 */
public record ComplianceAlertRules(long rangeLowRemaining, int expiringDays, long quotaLowRemaining) {

    public ComplianceAlertRules {
        if (rangeLowRemaining < 0 || expiringDays < 0 || quotaLowRemaining < 0) {
            throw new IllegalArgumentException("alert thresholds are zero or more");
        }
    }

    /** Two conditions per range: low and expiring. */
    public List<AlertCondition> ranges(List<NumberingRange> ranges, LocalDate today) {
        List<AlertCondition> conditions = new ArrayList<>();
        for (NumberingRange range : ranges) {
            boolean watched = range.active() && !range.expired();
            Long remaining = remaining(range);
            conditions.add(AlertCondition.aboutRange(WebhookEventType.NUMBERING_RANGE_LOW, range,
                    watched && remaining != null && remaining <= rangeLowRemaining, rangeLowRemaining));
            conditions.add(AlertCondition.aboutRange(WebhookEventType.NUMBERING_RANGE_EXPIRING, range,
                    watched && within(range.endDate(), today), expiringDays));
        }
        return conditions;
    }

    /** The quota's condition; none when the provider reports no quota or an unlimited one. */
    public Optional<AlertCondition> quota(Optional<DocumentQuota> quota, LocalDate today) {
        return quota.filter(reported -> !reported.unlimited()).map(reported -> AlertCondition.aboutQuota(reported,
                reported.documentsRemaining() != null && reported.documentsRemaining() <= quotaLowRemaining
                        || within(reported.expiresOn(), today), quotaLowRemaining));
    }

    /** The numbers a range has left ({@code current} is the next one to be used); null when it is open-ended. */
    public static Long remaining(NumberingRange range) {
        if (range.to() == null || range.current() == null) {
            return null;
        }
        return Math.max(0, range.to() - range.current() + 1);
    }

    private boolean within(LocalDate end, LocalDate today) {
        return end != null && !end.isAfter(today.plusDays(expiringDays));
    }
}
