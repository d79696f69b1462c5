package co.factusapi.domain.creditnote;

import co.factusapi.domain.common.Checks;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.DocumentRules;
import co.factusapi.domain.error.FieldViolation;
import java.util.List;

/** The rules a credit note request must meet before anything is reserved or sent. */
final class CreditNoteRules {
    private CreditNoteRules() {
    }

    /** Takes the components, not the record: a compact constructor has not assigned its fields yet. */
    static List<FieldViolation> check(String invoiceNumber, CreditNoteConcept concept, String referenceCode,
                                      String prefix, String observation, List<DocumentLine> items) {
        Checks checks = new Checks();
        DocumentRules.documentNumber(checks, invoiceNumber, "invoice_number", "SETP990000001");
        checks.present(concept, "correction_concept");
        DocumentRules.referenceCode(checks, referenceCode);
        DocumentRules.prefix(checks, prefix, false);
        checks.text(observation, "observation", 250, false);
        if (items != null) {
            DocumentRules.lines(checks, items);
        }
        return checks.violations();
    }
}
