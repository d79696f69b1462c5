package co.factusapi.emulator.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One item's amounts from its tax-INCLUSIVE price, as Factus v1 computes them (docs/factus-upstream.md §3.4): the tax is the
 * residual so that base + tax equals the line total exactly.
 */
public record LineAmounts(BigDecimal lineTotal, BigDecimal taxable, BigDecimal tax, BigDecimal discount,
        List<WithholdingAmount> withholdings) {

    public record WithholdingAmount(String code, BigDecimal rate, BigDecimal value) {
    }

    public static LineAmounts of(Item item) {
        BigDecimal quantity = BigDecimal.valueOf(item.quantity());
        BigDecimal gross = item.price().multiply(quantity);
        BigDecimal lineTotal = Money.round(gross.subtract(gross.multiply(item.discountRate())
                .divide(BigDecimal.valueOf(100), 10, RoundingMode.HALF_UP)));
        BigDecimal rate = item.excluded() ? BigDecimal.ZERO : item.taxRate();
        BigDecimal factor = Money.grossUpFactor(rate);
        BigDecimal taxable = Money.round(lineTotal.divide(factor, 10, RoundingMode.HALF_UP));
        BigDecimal tax = lineTotal.subtract(taxable);
        BigDecimal discount = Money.percentOf(gross.divide(factor, 10, RoundingMode.HALF_UP), item.discountRate());
        List<WithholdingAmount> withholdings = item.withholdings().stream()
                .map(w -> new WithholdingAmount(w.code(), w.rate(),
                        Money.percentOf("05".equals(w.code()) ? tax : taxable, w.rate())))
                .toList();
        return new LineAmounts(lineTotal, taxable, tax, discount, withholdings);
    }
}
