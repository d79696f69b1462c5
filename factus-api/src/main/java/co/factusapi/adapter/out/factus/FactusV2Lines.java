package co.factusapi.adapter.out.factus;

import co.factusapi.domain.document.DocumentLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The v2 item shape every document kind shares (docs/factus-upstream.md §13; contract §3.4). The amounts come from
 * {@link FactusV2Amounts} (through {@link FactusV2BillPayload#item}); money and quantities travel as strings with two
 * decimals, as the v2 docs write them.
 */
final class FactusV2Lines {

    private FactusV2Lines() {
    }

    /**
     * The v2 item shape every document kind shares (contract §3.4): {@code amounts} holds the price and discount
     * fields, {@code taxes} the {@code taxes[]} list; code, name, quantity, DIAN unit and standard codes,
     * self-withholdings ({@code rate}, no longer {@code withholding_tax_rate}) and the note come from the line.
     */
    static Map<String, Object> item(DocumentLine line, Map<String, Object> amounts, List<Map<String, Object>> taxes) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code_reference", line.codeReference());
        item.put("name", line.name());
        item.put("quantity", text(BigDecimal.valueOf(line.quantity())));
        item.putAll(amounts);
        item.put("unit_measure_code", line.unitMeasureCode());
        item.put("standard_code", line.standardCode().dianCode());
        item.put("taxes", taxes);
        if (!line.withholdingTaxes().isEmpty()) {
            item.put("withholding_taxes", line.withholdingTaxes().stream()
                    .map(w -> Map.of("code", w.code(), "rate", text(w.rate()))).toList());
        }
        if (line.note() != null) {
            item.put("note", line.note());
        }
        return item;
    }

    private static String text(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
