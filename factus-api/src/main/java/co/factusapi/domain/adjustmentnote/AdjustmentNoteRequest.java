package co.factusapi.domain.adjustmentnote;

import co.factusapi.domain.common.Checks;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.DocumentRequest;
import co.factusapi.domain.document.DocumentRules;
import co.factusapi.domain.error.InvalidRequestException;
import java.util.List;

/**
 * An adjustment note ("nota de ajuste al documento soporte") correcting one of our validated support documents, in
 * canonical terms. {@code items} null means the support document's lines in full (a cancellation takes whatever
 * remains and no items); {@code numberingRangePrefix} null the account's single active adjustment-note range.
 */
public record AdjustmentNoteRequest(String supportDocumentNumber, AdjustmentNoteConcept correctionConcept,
                                    String referenceCode, String numberingRangePrefix, String observation,
                                    List<DocumentLine> items) implements DocumentRequest {

    public AdjustmentNoteRequest {
        items = items == null ? null : List.copyOf(items);
        Checks checks = new Checks();
        DocumentRules.documentNumber(checks, supportDocumentNumber, "support_document_number", "SEDS984000001");
        checks.present(correctionConcept, "correction_concept");
        DocumentRules.referenceCode(checks, referenceCode);
        DocumentRules.prefix(checks, numberingRangePrefix, false);
        checks.text(observation, "observation", 250, false);
        if (items != null) {
            DocumentRules.lines(checks, items);
        }
        if (!checks.violations().isEmpty()) {
            throw new InvalidRequestException(checks.violations());
        }
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.ADJUSTMENT_NOTE;
    }

    @Override
    public String correctedNumber() {
        return supportDocumentNumber;
    }

    /** The same request with the lines that will actually be adjusted. */
    public AdjustmentNoteRequest withItems(List<DocumentLine> resolvedItems) {
        return new AdjustmentNoteRequest(supportDocumentNumber, correctionConcept, referenceCode, numberingRangePrefix,
                observation, resolvedItems);
    }
}
