package co.factusapi.emulator.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Totals from tax-inclusive prices, checked against the Factus docs example (docs/factus-upstream.md §3.4). */
class DocumentTotalsTest {

    @Test
    void matchesTheDocsBillWithDiscountAndWithholdings() {
        Item discounted = item(1, "20", "50000", "19.00", false,
                List.of(new Withholding("05", new BigDecimal("15.00")),
                        new Withholding("06", new BigDecimal("7.00"))));
        Item reduced = item(1, "0", "50000", "5.00", false, List.of());

        DocumentTotals totals = DocumentTotals.of(List.of(discounted, reduced), List.of());

        LineAmounts first = totals.lines().getFirst();
        assertThat(first.lineTotal()).isEqualByComparingTo("40000");
        assertThat(first.taxable()).isEqualByComparingTo("33613.45");
        assertThat(first.tax()).isEqualByComparingTo("6386.55");
        assertThat(first.discount()).isEqualByComparingTo("8403.36");
        assertThat(first.withholdings()).extracting(LineAmounts.WithholdingAmount::value)
                .containsExactly(new BigDecimal("957.98"), new BigDecimal("2352.94"));
        assertThat(totals.gross()).isEqualByComparingTo("81232.50");
        assertThat(totals.tax()).isEqualByComparingTo("8767.50");
        assertThat(totals.iva()).isEqualByComparingTo("8767.50");
        assertThat(totals.total()).isEqualByComparingTo("90000.00");
    }

    @Test
    void excludedLinesCarryNoTaxButCountInTheGrossValue() {
        DocumentTotals totals = DocumentTotals.of(List.of(item(2, "0", "12000", "19.00", true, List.of()),
                item(1, "0", "28000", "0.00", true, List.of())), List.of());

        assertThat(totals.gross()).isEqualByComparingTo("52000.00");
        assertThat(totals.tax()).isEqualByComparingTo("0.00");
        assertThat(totals.total()).isEqualByComparingTo("52000.00");
    }

    @Test
    void surchargesRaiseTheTotalButNotTheGrossValue() {
        DocumentTotals totals = DocumentTotals.of(List.of(item(1, "0", "11900", "19.00", false, List.of())),
                List.of(new AllowanceCharge("03", true, "Recargo", new BigDecimal("10000"),
                        new BigDecimal("500"))));

        assertThat(totals.gross()).isEqualByComparingTo("10000.00");
        assertThat(totals.surcharge()).isEqualByComparingTo("500.00");
        assertThat(totals.total()).isEqualByComparingTo("12400.00");
    }

    private static Item item(int quantity, String discountRate, String price, String taxRate,
            boolean excluded, List<Withholding> withholdings) {
        return new Item("C1", "Item", quantity, new BigDecimal(discountRate), new BigDecimal(price),
                new BigDecimal(taxRate), 70, 1, excluded, 1, null, null, withholdings);
    }
}
