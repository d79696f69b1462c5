package co.factusapi.emulator.document;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.CodeEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One item of any document, priced and taxed, for the PDF and the XML. v1 prices include the tax and v2 prices do
 * not; either way {@code quantity × unitPrice − discount = lineTotal} holds on the printed row.
 *
 * @param discount  the discount as printed on the row
 * @param taxable   the line's base before tax (UBL LineExtensionAmount)
 * @param taxes     one entry per tax on the line; an excluded line has one entry with a null rate
 * @param lineTotal the row's total: tax-inclusive in v1, the net base in v2
 */
public record DocumentLine(String code, String description, BigDecimal quantity, String unitCode, String unitName,
        BigDecimal unitPrice, BigDecimal discount, List<LineTax> taxes, BigDecimal taxable, BigDecimal lineTotal) {

    public DocumentLine {
        taxes = List.copyOf(taxes);
    }

    /** A tax on one line; {@code rate} null means the line is excluded from it. */
    public record LineTax(String code, String name, BigDecimal rate, BigDecimal base, BigDecimal amount) {
    }

    /** The v1 items of a bill, credit note, support document or adjustment note with their computed amounts. */
    public static List<DocumentLine> v1(List<Item> items, DocumentTotals totals) {
        List<DocumentLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lines.add(v1(items.get(i), totals.lines().get(i)));
        }
        return lines;
    }

    private static DocumentLine v1(Item item, LineAmounts amounts) {
        BigDecimal quantity = BigDecimal.valueOf(item.quantity());
        // v1 prices include the tax, so the discount shown is the tax-inclusive one: the row adds up.
        BigDecimal discount = Money.round(item.price().multiply(quantity)).subtract(amounts.lineTotal());
        CodeEntry unit = Catalog.byId(Catalog.MEASUREMENT_UNITS, item.unitMeasureId());
        CodeEntry tribute = Catalog.byId(Catalog.PRODUCT_TRIBUTES, item.tributeId());
        LineTax tax = new LineTax(tribute == null ? null : tribute.code(),
                tribute == null ? "Impuesto" : tribute.name(), item.excluded() ? null : item.taxRate(),
                amounts.taxable(), amounts.tax());
        return new DocumentLine(item.codeReference(), item.name(), quantity,
                unit == null ? String.valueOf(item.unitMeasureId()) : unit.code(),
                unit == null ? String.valueOf(item.unitMeasureId()) : unit.name(), Money.round(item.price()),
                discount, List.of(tax), amounts.taxable(), amounts.lineTotal());
    }

    public BigDecimal tax() {
        return taxes.stream().map(LineTax::amount).reduce(Money.ZERO, BigDecimal::add);
    }
}
