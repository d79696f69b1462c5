package co.factusapi.domain.creditnote;

import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.DocumentRequest;
import co.factusapi.domain.error.InvalidRequestException;
import java.util.List;

/**
 * A credit note to issue against one of our validated invoices, in canonical terms. {@code numberingRangePrefix}
 * null means the account's single active credit-note range; {@code items} null means the invoice's lines in full
 * (a cancellation always credits the whole remaining amount and takes no items). Constructing one checks every rule.
 */
public record CreditNoteRequest(String invoiceNumber, CreditNoteConcept correctionConcept, String referenceCode,
                                String numberingRangePrefix, String observation, Boolean sendEmail,
                                List<DocumentLine> items) implements DocumentRequest {

    public CreditNoteRequest {
        items = items == null ? null : List.copyOf(items);
        var violations = CreditNoteRules.check(invoiceNumber, correctionConcept, referenceCode, numberingRangePrefix,
                observation, items);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.CREDIT_NOTE;
    }

    @Override
    public String correctedNumber() {
        return invoiceNumber;
    }

    /** The same request with the lines that will actually be credited. */
    public CreditNoteRequest withItems(List<DocumentLine> resolvedItems) {
        return new CreditNoteRequest(invoiceNumber, correctionConcept, referenceCode, numberingRangePrefix, observation,
                sendEmail, resolvedItems);
    }
}
