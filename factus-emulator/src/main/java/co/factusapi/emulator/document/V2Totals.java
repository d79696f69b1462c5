package co.factusapi.emulator.document;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.CodeEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A v2 document's amounts (docs/factus-upstream.md §13): gross = taxable = Σ line bases, tax = Σ
 * line taxes, total = gross + tax + surcharges; withholdings never change the total. {@link #totals()} is the neutral
 * form the CUDE, the PDF and the XML read.
 */
public record V2Totals(List<V2Line> lines, DocumentTotals totals) {

    public static V2Totals of(List<V2Item> items, List<AllowanceCharge> charges) {
        List<V2Line> lines = items.stream().map(V2Line::of).toList();
        List<LineAmounts> neutral = new ArrayList<>();
        BigDecimal gross = Money.ZERO;
        BigDecimal tax = Money.ZERO;
        BigDecimal iva = Money.ZERO;
        BigDecimal inc = Money.ZERO;
        Map<String, BigDecimal> withholdings = new TreeMap<>();
        for (V2Line line : lines) {
            neutral.add(new LineAmounts(line.base(), line.base(), line.tax(), line.discount(), line.withholdings()));
            gross = gross.add(line.base());
            tax = tax.add(line.tax());
            iva = iva.add(line.taxOf("01"));
            inc = inc.add(line.taxOf("04"));
            line.withholdings().forEach(w -> withholdings.merge(w.code(), w.value(), BigDecimal::add));
        }
        BigDecimal surcharge = sum(charges, true);
        BigDecimal discount = sum(charges, false);
        BigDecimal total = gross.add(tax).add(surcharge).subtract(discount);
        // ICA is not a v2 item tax, so its CUFE slot is always 0.00 (docs/factus-upstream.md §5.2).
        return new V2Totals(lines, new DocumentTotals(List.copyOf(neutral), gross, tax, discount, surcharge, total,
                iva, inc, Money.ZERO, withholdings));
    }

    /** Net prices: each printed row is quantity × price − discount = base, its taxes listed apart. */
    public List<DocumentLine> documentLines(List<V2Item> items) {
        List<DocumentLine> printed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            V2Item item = items.get(i);
            V2Line line = lines.get(i);
            CodeEntry unit = Catalog.MEASUREMENT_UNITS.stream()
                    .filter(entry -> entry.code().equals(item.unitMeasureCode())).findFirst().orElse(null);
            List<DocumentLine.LineTax> taxes = line.taxes().stream().map(tax -> new DocumentLine.LineTax(tax.code(),
                    Catalog.ITEM_TAXES.getOrDefault(tax.code(), tax.code()), tax.rate(), tax.base(), tax.amount()))
                    .toList();
            printed.add(new DocumentLine(item.codeReference(), item.name(), item.quantity(), item.unitMeasureCode(),
                    unit == null ? item.unitMeasureCode() : unit.name(), item.price(), line.discount(), taxes,
                    line.base(), line.base()));
        }
        return printed;
    }

    private static BigDecimal sum(List<AllowanceCharge> charges, boolean surcharges) {
        return charges.stream().filter(charge -> charge.surcharge() == surcharges)
                .map(charge -> Money.round(charge.amount())).reduce(Money.ZERO, BigDecimal::add);
    }
}
