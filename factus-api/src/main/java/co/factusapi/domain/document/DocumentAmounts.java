package co.factusapi.domain.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The amounts Factus v1 computes from tax-inclusive lines (docs/factus-upstream.md §3.4), so a credit note can be checked against
 * an invoice before it is sent: line total = price × quantity × (1 − discount/100); base = line total / (1 + rate);
 * tax = the residual, so that base + tax equals the line total exactly; excluded lines carry no tax.
 */
public final class DocumentAmounts {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private DocumentAmounts() {
    }

    public static DocumentTotals of(List<DocumentLine> items) {
        BigDecimal base = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (DocumentLine item : items) {
            BigDecimal lineTotal = lineTotal(item);
            total = total.add(lineTotal);
            base = base.add(item.excluded() ? lineTotal : lineTotal.divide(BigDecimal.ONE.add(
                    item.taxRate().divide(HUNDRED, 6, RoundingMode.HALF_UP)), 2, RoundingMode.HALF_UP));
        }
        return new DocumentTotals(base, total.subtract(base), total);
    }

    public static BigDecimal lineTotal(DocumentLine item) {
        BigDecimal share = BigDecimal.ONE.subtract(item.discountRate().divide(HUNDRED, 6, RoundingMode.HALF_UP));
        return item.price().multiply(BigDecimal.valueOf(item.quantity())).multiply(share)
                .setScale(2, RoundingMode.HALF_UP);
    }
}
