package co.factusapi.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.domain.numbering.NumberingRange;
import co.factusapi.domain.numbering.RangeDocument;
import co.factusapi.domain.tenant.DocumentQuota;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a range or the provider quota is low or expiring (docs/webhooks.md "Alerts"). */
class ComplianceAlertRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private final ComplianceAlertRules rules = new ComplianceAlertRules(100, 30, 50);

    @Test
    void aRangeIsLowAtTheThresholdOfRemainingNumbersAndNotAbove() {
        assertThat(holds(range(1000, 901, TODAY.plusYears(1), true), WebhookEventType.NUMBERING_RANGE_LOW)).isTrue();
        assertThat(holds(range(1000, 900, TODAY.plusYears(1), true), WebhookEventType.NUMBERING_RANGE_LOW)).isFalse();
        assertThat(ComplianceAlertRules.remaining(range(1000, 901, TODAY, true))).isEqualTo(100);
    }

    @Test
    void aRangeIsExpiringWithinTheDaysAndAnInactiveRangeHoldsNothing() {
        assertThat(holds(range(1000, 1, TODAY.plusDays(30), true), WebhookEventType.NUMBERING_RANGE_EXPIRING)).isTrue();
        assertThat(holds(range(1000, 1, TODAY.plusDays(31), true), WebhookEventType.NUMBERING_RANGE_EXPIRING)).isFalse();
        NumberingRange off = range(1000, 999, TODAY.plusDays(1), false);
        assertThat(rules.ranges(List.of(off), TODAY)).noneMatch(AlertCondition::holds);
        assertThat(rules.ranges(List.of(off), TODAY)).extracting(AlertCondition::subject).containsOnly("range:7");
    }

    @Test
    void theQuotaIsLowByDocumentsLeftOrByExpiryAndNeverWhenUnlimitedOrUnreported() {
        assertThat(rules.quota(Optional.of(new DocumentQuota(10L, 50L, false, null)), TODAY).orElseThrow().holds())
                .isTrue();
        assertThat(rules.quota(Optional.of(new DocumentQuota(10L, 51L, false, TODAY.plusDays(31))), TODAY)
                .orElseThrow().holds()).isFalse();
        assertThat(rules.quota(Optional.of(new DocumentQuota(10L, 5000L, false, TODAY.plusDays(3))), TODAY)
                .orElseThrow().holds()).isTrue();
        assertThat(rules.quota(Optional.of(new DocumentQuota(10L, null, true, null)), TODAY)).isEmpty();
        assertThat(rules.quota(Optional.empty(), TODAY)).isEmpty();
    }

    private boolean holds(NumberingRange range, WebhookEventType type) {
        return rules.ranges(List.of(range), TODAY).stream().filter(condition -> condition.type() == type)
                .findFirst().orElseThrow().holds();
    }

    private static NumberingRange range(long to, long current, LocalDate end, boolean active) {
        return new NumberingRange(7, RangeDocument.values()[0], "SETP", 1L, to, current, "18760000001",
                TODAY.minusYears(1), end, null, active, false);
    }
}
