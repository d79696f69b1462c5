package co.factusapi.domain.invoice;

import co.factusapi.domain.error.FieldViolation;
import java.util.List;
import java.util.regex.Pattern;

/** The rules a credit note request must meet before anything is reserved or sent. */
final class CreditNoteRules {
    private static final Pattern INVOICE_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,40}");

    private CreditNoteRules() {
    }

    /** Takes the components, not the record: a compact constructor has not assigned its fields yet. */
    static List<FieldViolation> check(String invoiceNumber, CorrectionConcept concept, String referenceCode,
                                      String prefix, String observation, List<InvoiceItem> items) {
        Checks checks = new Checks();
        if (checks.present(invoiceNumber, "invoice_number")) {
            checks.pattern(invoiceNumber, INVOICE_NUMBER, "invoice_number",
                    "must be an invoice number such as SETP990000001");
        }
        checks.present(concept, "correction_concept");
        if (checks.present(referenceCode, "reference_code")) {
            checks.pattern(referenceCode, InvoiceRules.REFERENCE_CODE, "reference_code",
                    "must be 1 to 100 characters: letters, digits, '.', '_' or '-'");
        }
        if (prefix != null) {
            checks.pattern(prefix, InvoiceRules.PREFIX, "numbering_range_prefix",
                    "must be 1 to 10 letters or digits");
        }
        checks.text(observation, "observation", 250, false);
        if (items != null) {
            InvoiceRules.items(checks, items);
        }
        return checks.violations();
    }
}
