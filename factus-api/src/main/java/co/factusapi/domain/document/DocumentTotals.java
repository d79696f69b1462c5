package co.factusapi.domain.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Amounts in COP as the provider computed them: base before tax, tax, and the amount payable. */
public record DocumentTotals(BigDecimal grossValue, BigDecimal taxAmount, BigDecimal total) {
    public DocumentTotals {
        grossValue = money(grossValue);
        taxAmount = money(taxAmount);
        total = money(total);
    }

    private static BigDecimal money(BigDecimal value) {
        return Objects.requireNonNull(value, "amount").setScale(2, RoundingMode.HALF_UP);
    }
}
