package co.factusapi.emulator.document;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.CodeEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's items in v2 terms, whichever API version issued it: what a v2 answer prints for a bill or note sent
 * through v1, so that each version shows the other's documents.
 */
public record V2View(List<V2Item> items, V2Totals amounts) {

    public V2View {
        items = List.copyOf(items);
    }

    /**
     * v1 items translated (our mapping, D): the net unit price is the tax-inclusive one divided by 1 + rate, the base
     * and tax are the ones v1 computed, so the totals are v1's.
     */
    public static V2View ofV1(List<Item> drafts, DocumentTotals totals) {
        List<V2Item> items = new ArrayList<>();
        List<V2Line> lines = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Item item = drafts.get(i);
            LineAmounts amounts = totals.lines().get(i);
            CodeEntry tribute = Catalog.byId(Catalog.PRODUCT_TRIBUTES, item.tributeId());
            String code = tribute == null ? "01" : tribute.code();
            BigDecimal rate = item.excluded() ? null : item.taxRate();
            BigDecimal net = item.price().divide(Money.grossUpFactor(rate == null ? BigDecimal.ZERO : rate), 2,
                    RoundingMode.HALF_UP);
            CodeEntry unit = Catalog.byId(Catalog.MEASUREMENT_UNITS, item.unitMeasureId());
            CodeEntry standard = Catalog.byId(Catalog.STANDARD_CODES, item.standardCodeId());
            items.add(new V2Item(item.codeReference(), item.name(), BigDecimal.valueOf(item.quantity()),
                    item.discountRate(), null, net, unit == null ? String.valueOf(item.unitMeasureId()) : unit.code(),
                    standard == null ? null : standard.code(),
                    List.of(new V2Item.Tax(code, rate, item.excluded())), item.withholdings(), item.note(),
                    item.schemeId(), null));
            lines.add(new V2Line(amounts.taxable().add(amounts.discount()), amounts.discount(), amounts.taxable(),
                    List.of(new V2Line.TaxAmount(code, rate, item.excluded(), amounts.taxable(), amounts.tax())),
                    amounts.withholdings()));
        }
        return new V2View(items, new V2Totals(lines, totals));
    }
}
