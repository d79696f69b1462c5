package co.factusapi.emulator.document;

import co.factusapi.emulator.catalog.Catalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Document totals (docs/factus-upstream.md §3.4): gross = taxable = Σ line bases, tax = Σ line taxes, withholdings never change
 * the total. IVA, INC and ICA are kept apart because the CUFE needs each one.
 */
public record DocumentTotals(List<LineAmounts> lines, BigDecimal gross, BigDecimal tax, BigDecimal discount,
        BigDecimal surcharge, BigDecimal total, BigDecimal iva, BigDecimal inc, BigDecimal ica,
        Map<String, BigDecimal> withholdings) {

    public static DocumentTotals of(List<Item> items, List<AllowanceCharge> charges) {
        List<LineAmounts> lines = new ArrayList<>();
        BigDecimal gross = Money.ZERO;
        BigDecimal tax = Money.ZERO;
        BigDecimal iva = Money.ZERO;
        BigDecimal inc = Money.ZERO;
        BigDecimal ica = Money.ZERO;
        Map<String, BigDecimal> withholdings = new TreeMap<>();
        for (Item item : items) {
            LineAmounts line = LineAmounts.of(item);
            lines.add(line);
            gross = gross.add(line.taxable());
            tax = tax.add(line.tax());
            switch (item.tributeId()) {
                case Catalog.IVA -> iva = iva.add(line.tax());
                case Catalog.INC -> inc = inc.add(line.tax());
                case Catalog.ICA -> ica = ica.add(line.tax());
                default -> { }
            }
            line.withholdings().forEach(w -> withholdings.merge(w.code(), w.value(), BigDecimal::add));
        }
        BigDecimal surcharge = sum(charges, true);
        BigDecimal discount = sum(charges, false);
        BigDecimal total = gross.add(tax).add(surcharge).subtract(discount);
        return new DocumentTotals(List.copyOf(lines), gross, tax, discount, surcharge, total, iva, inc, ica,
                withholdings);
    }

    private static BigDecimal sum(List<AllowanceCharge> charges, boolean surcharges) {
        return charges.stream().filter(charge -> charge.surcharge() == surcharges)
                .map(charge -> Money.round(charge.amount())).reduce(Money.ZERO, BigDecimal::add);
    }
}
