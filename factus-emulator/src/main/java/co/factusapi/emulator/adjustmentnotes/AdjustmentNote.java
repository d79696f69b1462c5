package co.factusapi.emulator.adjustmentnotes;

import co.factusapi.emulator.document.AbstractStoredDocument;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentLine;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.document.IssuedDocument;
import co.factusapi.emulator.document.Issuance;
import co.factusapi.emulator.supportdocs.Provider;
import co.factusapi.emulator.supportdocs.SupportDocument;

/** A stored adjustment note to a support document. Immutable except its DIAN status. */
public final class AdjustmentNote extends AbstractStoredDocument<AdjustmentNoteDraft> {
    private final SupportDocument supportDocument;

    AdjustmentNote(Issuance issuance, AdjustmentNoteDraft draft, DocumentTotals totals,
            SupportDocument supportDocument) {
        super(DocumentKind.ADJUSTMENT_NOTE, issuance, draft, totals, draft.provider().party(),
                DocumentLine.v1(draft.items(), totals));
        this.supportDocument = supportDocument;
    }

    public Provider provider() {
        return draft().provider();
    }

    public SupportDocument supportDocument() {
        return supportDocument;
    }

    public String cuds() {
        return uuid();
    }

    @Override
    public IssuedDocument correctedDocument() {
        return supportDocument;
    }

    /** The operation of the corrected support document: 10 resident provider, 11 non-resident. */
    @Override
    public String customizationId() {
        return supportDocument.customizationId();
    }
}
