package co.factusapi.adapter.out.factus;

import co.factusapi.domain.document.DocumentLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our lines (tax-inclusive prices, as Factus v1 takes them) as Factus v2 items: a net price and a {@code taxes[]}
 * list (docs/factus-upstream.md §13). The net price is the inclusive price divided by (1 + rate), to the cent; v2
 * then computes tax = net × rate per line, so a line can differ from its v1 amount by a cent. Money and quantities
 * travel as strings with two decimals, as the v2 docs write them.
 */
final class FactusV2Lines {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private FactusV2Lines() {
    }

    static List<Map<String, Object>> items(List<DocumentLine> lines) {
        return lines.stream().map(FactusV2Lines::item).toList();
    }

    /** What v2 will count as the document's total: the sum of net line amounts plus their taxes. */
    static BigDecimal total(List<DocumentLine> lines) {
        return lines.stream().map(line -> {
            BigDecimal gross = gross(line);
            return gross.add(line.excluded() ? BigDecimal.ZERO : tax(gross, line.taxRate()));
        }).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    private static Map<String, Object> item(DocumentLine line) {
        Map<String, Object> amounts = new LinkedHashMap<>();
        amounts.put("discount_rate", text(line.discountRate()));
        amounts.put("price", text(net(line)));
        return item(line, amounts, List.of(Map.of("code", line.tribute().dianCode(), "rate", text(line.taxRate()),
                "is_excluded", line.excluded())));
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

    static BigDecimal net(DocumentLine line) {
        if (line.excluded()) {
            return line.price().setScale(2, RoundingMode.HALF_UP);
        }
        return line.price().divide(BigDecimal.ONE.add(line.taxRate().divide(HUNDRED, 6, RoundingMode.HALF_UP)), 2,
                RoundingMode.HALF_UP);
    }

    private static BigDecimal gross(DocumentLine line) {
        BigDecimal share = BigDecimal.ONE.subtract(line.discountRate().divide(HUNDRED, 6, RoundingMode.HALF_UP));
        return net(line).multiply(BigDecimal.valueOf(line.quantity())).multiply(share).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal tax(BigDecimal gross, BigDecimal rate) {
        return gross.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    static String text(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
