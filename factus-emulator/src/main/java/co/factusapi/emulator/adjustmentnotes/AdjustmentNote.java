package co.factusapi.emulator.adjustmentnotes;

import co.factusapi.emulator.document.AbstractStoredDocument;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentLine;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.document.IssuedDocument;
import co.factusapi.emulator.document.Issuance;
import co.factusapi.emulator.document.V2Totals;
import co.factusapi.emulator.document.V2View;
import co.factusapi.emulator.supportdocs.Provider;
import co.factusapi.emulator.supportdocs.V2Provider;
import co.factusapi.emulator.supportdocs.SupportDocument;

/** A stored adjustment note to a support document. Immutable except its DIAN status. */
public final class AdjustmentNote extends AbstractStoredDocument<AdjustmentNoteRequest> {
    private final SupportDocument supportDocument;
    private final V2Totals v2Amounts;

    /** A v1 note: untaxed lines, Factus ids. */
    AdjustmentNote(Issuance issuance, AdjustmentNoteDraft draft, DocumentTotals totals,
            SupportDocument supportDocument) {
        super(DocumentKind.ADJUSTMENT_NOTE, issuance, draft, totals, draft.provider().party(),
                DocumentLine.v1(draft.items(), totals));
        this.supportDocument = supportDocument;
        this.v2Amounts = null;
    }

    /** A v2 note: net prices, IVA per line when sent, DIAN codes. */
    AdjustmentNote(Issuance issuance, V2AdjustmentNoteDraft draft, V2Totals amounts,
            SupportDocument supportDocument) {
        super(DocumentKind.ADJUSTMENT_NOTE, issuance, draft, amounts.totals(), draft.provider().party(),
                amounts.documentLines(draft.items()));
        this.supportDocument = supportDocument;
        this.v2Amounts = amounts;
    }

    /** The provider in Factus ids (v1 vocabulary), whichever version issued the note. */
    public Provider provider() {
        return draft().v1Provider();
    }

    public V2Provider v2Provider() {
        return draft().v2Provider();
    }

    public AdjustmentNoteDraft v1Draft() {
        return draft() instanceof AdjustmentNoteDraft v1 ? v1 : null;
    }

    public V2AdjustmentNoteDraft v2Draft() {
        return draft() instanceof V2AdjustmentNoteDraft v2 ? v2 : null;
    }

    /** The note's items in v2 terms, whichever version issued it. */
    public V2View v2View() {
        V2AdjustmentNoteDraft v2 = v2Draft();
        return v2 != null ? new V2View(v2.items(), v2Amounts) : V2View.ofV1(v1Draft().items(), totals());
    }

    V2Totals v2Amounts() {
        return v2Amounts;
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
