package co.factusapi.adapter.in.web.document;

import co.factusapi.domain.document.DocumentTotals;
import java.math.BigDecimal;

/** A document's amounts in COP: base before tax, tax and the amount payable. */
public record Totals(BigDecimal grossValue, BigDecimal taxAmount, BigDecimal total) {
    public static Totals of(DocumentTotals totals) {
        return totals == null ? null : new Totals(totals.grossValue(), totals.taxAmount(), totals.total());
    }
}
