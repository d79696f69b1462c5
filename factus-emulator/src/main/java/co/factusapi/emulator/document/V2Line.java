package co.factusapi.emulator.document;

import java.math.BigDecimal;
import java.util.List;

/**
 * One v2 item's amounts from its NET price (docs/factus-upstream.md §13): base = round2(qty ×
 * price) − round2(qty × price × discount%), each tax = round2(base × rate) rounded per line, excluded taxes 0.
 * Withholdings as in v1: ReteIVA on the line's IVA, ReteRenta on the base; they never change the total.
 */
public record V2Line(BigDecimal gross, BigDecimal discount, BigDecimal base, List<TaxAmount> taxes,
        List<LineAmounts.WithholdingAmount> withholdings) {

    public record TaxAmount(String code, BigDecimal rate, boolean excluded, BigDecimal base, BigDecimal amount) {
    }

    public static V2Line of(V2Item item) {
        BigDecimal unrounded = item.quantity().multiply(item.price());
        BigDecimal gross = Money.round(unrounded);
        BigDecimal discount = item.discountAmount() != null ? Money.round(item.discountAmount())
                : Money.percentOf(unrounded, item.discountRate());
        BigDecimal base = gross.subtract(discount);
        List<TaxAmount> taxes = item.taxes().stream().map(tax -> new TaxAmount(tax.code(),
                tax.excluded() ? null : tax.rate(), tax.excluded(), base,
                tax.excluded() ? Money.ZERO : Money.percentOf(base, tax.rate()))).toList();
        BigDecimal iva = taxes.stream().filter(tax -> "01".equals(tax.code())).map(TaxAmount::amount)
                .reduce(Money.ZERO, BigDecimal::add);
        List<LineAmounts.WithholdingAmount> withholdings = item.withholdings().stream()
                .map(w -> new LineAmounts.WithholdingAmount(w.code(), w.rate(),
                        Money.percentOf("05".equals(w.code()) ? iva : base, w.rate())))
                .toList();
        return new V2Line(gross, discount, base, taxes, withholdings);
    }

    public BigDecimal tax() {
        return taxes.stream().map(TaxAmount::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    public BigDecimal taxOf(String code) {
        return taxes.stream().filter(tax -> code.equals(tax.code())).map(TaxAmount::amount)
                .reduce(Money.ZERO, BigDecimal::add);
    }
}
