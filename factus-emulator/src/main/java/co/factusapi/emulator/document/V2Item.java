package co.factusapi.emulator.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A v2 item (docs/factus-upstream.md §13): quantity with up to two decimals, NET unit price, DIAN unit and standard
 * codes, several taxes per line. {@code discountAmount} (v2 contract §3.4, every v2 document) replaces the rate when
 * not null.
 */
public record V2Item(String codeReference, String name, BigDecimal quantity, BigDecimal discountRate,
        BigDecimal discountAmount, BigDecimal price,
        String unitMeasureCode, String standardCode, List<Tax> taxes, List<Withholding> withholdings, String note,
        String schemeId, Map<String, Object> mandate) {

    public V2Item {
        taxes = List.copyOf(taxes);
        withholdings = List.copyOf(withholdings);
    }

    /** One entry of {@code taxes[]}: code 01/04/35 and a rate, or {@code is_excluded} (then code and rate may go). */
    public record Tax(String code, BigDecimal rate, boolean excluded) {
    }
}
