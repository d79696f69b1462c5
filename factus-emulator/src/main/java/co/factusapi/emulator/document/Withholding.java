package co.factusapi.emulator.document;

import java.math.BigDecimal;

/** A self-withholding of one item: DIAN code (05 ReteIVA, 06 ReteRenta, 07 ReteICA) and its percentage. */
public record Withholding(String code, BigDecimal rate) {
}
