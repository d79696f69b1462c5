package co.factusapi.domain.debitnote;

import co.factusapi.domain.common.Checks;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.DocumentRequest;
import co.factusapi.domain.document.DocumentRules;
import co.factusapi.domain.error.InvalidRequestException;
import java.util.List;

/**
 * A debit note that adds to one of our validated invoices (interest, expenses, a price increase), in canonical terms:
 * its lines are what is charged on top, with tax-inclusive prices like invoice lines. {@code numberingRangePrefix}
 * null means the account's single active debit-note range. Constructing one checks every rule.
 */
public record DebitNoteRequest(String invoiceNumber, DebitNoteConcept correctionConcept, String referenceCode,
                               String numberingRangePrefix, String observation, Boolean sendEmail,
                               List<DocumentLine> items) implements DocumentRequest {

    public DebitNoteRequest {
        items = items == null ? List.of() : List.copyOf(items);
        Checks checks = new Checks();
        DocumentRules.documentNumber(checks, invoiceNumber, "invoice_number", "SETP990000001");
        checks.present(correctionConcept, "correction_concept");
        DocumentRules.referenceCode(checks, referenceCode);
        DocumentRules.prefix(checks, numberingRangePrefix, false);
        checks.text(observation, "observation", 250, false);
        DocumentRules.lines(checks, items);
        if (!checks.violations().isEmpty()) {
            throw new InvalidRequestException(checks.violations());
        }
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.DEBIT_NOTE;
    }

    @Override
    public String correctedNumber() {
        return invoiceNumber;
    }
}
