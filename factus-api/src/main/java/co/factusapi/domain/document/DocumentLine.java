package co.factusapi.domain.document;

import co.factusapi.domain.party.IdentificationType;
import java.math.BigDecimal;
import java.util.List;

/**
 * One line. {@code price} is the unit price WITH taxes included, as Factus v1 expects; rates are percentages.
 * {@code unitMeasureCode} is the DIAN unit code ("94" unidad, "KGM", ...).
 */
public record DocumentLine(String codeReference, String name, int quantity, BigDecimal price, BigDecimal discountRate,
                          BigDecimal taxRate, String unitMeasureCode, StandardCode standardCode, boolean excluded,
                          ItemTribute tribute, String schemeId, String note, List<WithholdingTax> withholdingTaxes,
                          Mandate mandate) {
    public DocumentLine {
        discountRate = discountRate == null ? BigDecimal.ZERO.setScale(2) : discountRate;
        withholdingTaxes = withholdingTaxes == null ? List.of() : List.copyOf(withholdingTaxes);
    }

    /** The same line for another quantity (a note that gives back part of it). */
    public DocumentLine withQuantity(int newQuantity) {
        return new DocumentLine(codeReference, name, newQuantity, price, discountRate, taxRate, unitMeasureCode,
                standardCode, excluded, tribute, schemeId, note, withholdingTaxes, mandate);
    }

    /** A self-withholding on the line: ReteIVA "05", ReteRenta "06", ReteICA "07". */
    public record WithholdingTax(String code, BigDecimal rate) {
    }

    /** The principal for whom the line is sold (operation type "mandates"). */
    public record Mandate(IdentificationType documentType, String identification) {
    }
}
