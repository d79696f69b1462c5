package co.factusapi.emulator.document;

import java.math.BigDecimal;
import java.util.List;

/** A v1 item (docs/factus-upstream.md §3.2): integer quantity, tax-INCLUSIVE price, Factus ids for unit and tax. */
public record Item(String codeReference, String name, int quantity, BigDecimal discountRate, BigDecimal price,
        BigDecimal taxRate, int unitMeasureId, int standardCodeId, boolean excluded, int tributeId,
        String schemeId, String note, List<Withholding> withholdings) {

    public Item {
        withholdings = List.copyOf(withholdings);
    }
}
