package co.factusapi.domain.document;

import co.factusapi.domain.common.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** The rules every DIAN document shares: its reference code, its numbering-range prefix and its lines. */
public final class DocumentRules {
    public static final Pattern REFERENCE_CODE = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    public static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9]{1,10}");
    public static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9-]{1,40}");
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final int MAX_ITEMS = 500;
    private static final int MAX_QUANTITY = 1_000_000;

    private DocumentRules() {
    }

    public static void referenceCode(Checks checks, String referenceCode) {
        if (checks.present(referenceCode, "reference_code")) {
            checks.pattern(referenceCode, REFERENCE_CODE, "reference_code",
                    "must be 1 to 100 characters: letters, digits, '.', '_' or '-'");
        }
    }

    public static void prefix(Checks checks, String prefix, boolean required) {
        if (required ? checks.present(prefix, "numbering_range_prefix") : prefix != null) {
            checks.pattern(prefix, PREFIX, "numbering_range_prefix", "must be 1 to 10 letters or digits");
        }
    }

    /** The number of one of our documents, named by a note that corrects it. */
    public static void documentNumber(Checks checks, String number, String field, String example) {
        if (checks.present(number, field)) {
            checks.pattern(number, NUMBER, field, "must be a document number such as " + example);
        }
    }

    /** At least one line, at most 500, each complete and within DIAN's limits. */
    public static void lines(Checks checks, List<DocumentLine> items) {
        checks.require(!items.isEmpty(), "items", "must contain at least one item");
        checks.require(items.size() <= MAX_ITEMS, "items", "must contain at most " + MAX_ITEMS + " items");
        for (int i = 0; i < items.size() && i < MAX_ITEMS; i++) {
            item(checks, items.get(i), "items[" + i + "]");
        }
    }

    private static void item(Checks checks, DocumentLine item, String path) {
        checks.text(item.codeReference(), path + ".code_reference", 100, true);
        checks.text(item.name(), path + ".name", 300, true);
        checks.text(item.note(), path + ".note", 250, false);
        checks.require(item.quantity() > 0 && item.quantity() <= MAX_QUANTITY, path + ".quantity",
                "must be between 1 and " + MAX_QUANTITY);
        if (checks.present(item.price(), path + ".price")) {
            checks.decimal(item.price(), path + ".price", BigDecimal.ZERO, MAX_AMOUNT, true);
        }
        checks.decimal(item.discountRate(), path + ".discount_rate", BigDecimal.ZERO, HUNDRED, false);
        if (checks.present(item.taxRate(), path + ".tax_rate")) {
            checks.decimal(item.taxRate(), path + ".tax_rate", BigDecimal.ZERO, HUNDRED, false);
        }
        checks.present(item.unitMeasureCode(), path + ".unit_measure_code");
        checks.present(item.standardCode(), path + ".standard_code");
        checks.present(item.tribute(), path + ".tribute");
        // Factus: "El impuesto excluido solo puede ser aplicado al IVA" (docs/factus-upstream.md §3.2).
        checks.require(!item.excluded() || item.tribute() == null || item.tribute() == ItemTribute.IVA,
                path + ".is_excluded", "only an IVA line can be excluded");
        for (int w = 0; w < item.withholdingTaxes().size(); w++) {
            DocumentLine.WithholdingTax tax = item.withholdingTaxes().get(w);
            String taxPath = path + ".withholding_taxes[" + w + "]";
            checks.require(List.of("05", "06", "07").contains(tax.code()), taxPath + ".code",
                    "must be 05 (ReteIVA), 06 (ReteRenta) or 07 (ReteICA)");
            if (checks.present(tax.rate(), taxPath + ".withholding_tax_rate")) {
                checks.decimal(tax.rate(), taxPath + ".withholding_tax_rate", BigDecimal.ZERO, HUNDRED, false);
            }
        }
        if (item.mandate() != null) {
            checks.present(item.mandate().documentType(), path + ".mandate.document_type");
            checks.present(item.mandate().identification(), path + ".mandate.identification");
        }
    }
}
