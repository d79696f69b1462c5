package co.factusapi.application.service;

import co.factusapi.application.port.out.DocumentProvider;
import co.factusapi.domain.adjustmentnote.AdjustmentNoteConcept;
import co.factusapi.domain.adjustmentnote.AdjustmentNoteRequest;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.LedgerEntry.Attempt;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.document.NoteLines;
import co.factusapi.domain.supportdocument.SupportDocumentRequest;
import java.math.BigDecimal;
import java.util.List;

/**
 * Adjustment notes: they correct one of our ISSUED support documents, never beyond its total; without lines they take
 * the support document's lines (or, for a cancellation, whatever remains).
 */
public final class AdjustmentNoteDocumentType implements DocumentType<AdjustmentNoteRequest> {
    private final DocumentProvider<AdjustmentNoteRequest> provider;

    public AdjustmentNoteDocumentType(DocumentProvider<AdjustmentNoteRequest> provider) {
        this.provider = provider;
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.ADJUSTMENT_NOTE;
    }

    @Override
    public Class<AdjustmentNoteRequest> requestType() {
        return AdjustmentNoteRequest.class;
    }

    @Override
    public DocumentProvider<AdjustmentNoteRequest> provider() {
        return provider;
    }

    @Override
    public boolean limitedByCorrected() {
        return true;
    }

    @Override
    public String amountField(AdjustmentNoteRequest request) {
        return request.items() == null ? correctedField() : "items";
    }

    @Override
    public Attempt<AdjustmentNoteRequest> attempt(AdjustmentNoteRequest request, LedgerEntry<?> supportDocument,
                                                  BigDecimal remaining) {
        List<DocumentLine> lines = NoteLines.resolve(request.items(),
                request.correctionConcept() == AdjustmentNoteConcept.CANCELLATION, supportDocument,
                supportDocument.as(SupportDocumentRequest.class).request().items(), remaining, correctedField(),
                "correction_concept");
        return DocumentType.noteAttempt(request.withItems(lines), request.numberingRangePrefix(), supportDocument, lines);
    }
}
