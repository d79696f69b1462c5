package co.factusapi.emulator.supportdocs;

import co.factusapi.emulator.document.AbstractStoredDocument;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentLine;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.document.IssuedDocument;
import co.factusapi.emulator.document.Issuance;
import co.factusapi.emulator.document.V2Totals;
import co.factusapi.emulator.document.V2View;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stored support document. Immutable except its DIAN status and the list of its adjustment notes. */
public final class SupportDocument extends AbstractStoredDocument<SupportDocumentRequest> {
    private final List<NoteReference> adjustmentNotes = new CopyOnWriteArrayList<>();

    /** An adjustment note made to this document, as the v1 answers list it: {@code {id, number}}. */
    public record NoteReference(long id, String number) {
    }

    private final V2Totals v2Amounts;

    /** A v1 support document: untaxed lines, Factus ids. */
    SupportDocument(Issuance issuance, SupportDocumentDraft draft, DocumentTotals totals) {
        super(DocumentKind.SUPPORT_DOCUMENT, issuance, draft, totals, draft.provider().party(),
                DocumentLine.v1(draft.items(), totals));
        this.v2Amounts = null;
    }

    /** A v2 support document: net prices, IVA per line when sent, DIAN codes. */
    SupportDocument(Issuance issuance, V2SupportDocumentDraft draft, V2Totals amounts) {
        super(DocumentKind.SUPPORT_DOCUMENT, issuance, draft, amounts.totals(), draft.provider().party(),
                amounts.documentLines(draft.items()));
        this.v2Amounts = amounts;
    }

    /** The v1 request, or null for a document issued through v2. */
    public SupportDocumentDraft v1Draft() {
        return draft() instanceof SupportDocumentDraft v1 ? v1 : null;
    }

    /** The v2 request, or null for a document issued through v1. */
    public V2SupportDocumentDraft v2Draft() {
        return draft() instanceof V2SupportDocumentDraft v2 ? v2 : null;
    }

    /** The document's items in v2 terms, whichever version issued it. */
    public V2View v2View() {
        V2SupportDocumentDraft v2 = v2Draft();
        return v2 != null ? new V2View(v2.items(), v2Amounts) : V2View.ofV1(v1Draft().items(), totals());
    }

    V2Totals v2Amounts() {
        return v2Amounts;
    }

    public V2Provider v2Provider() {
        return draft().v2Provider();
    }

    public void addAdjustmentNote(NoteReference note) {
        adjustmentNotes.add(note);
    }

    public void removeAdjustmentNote(long noteId) {
        adjustmentNotes.removeIf(note -> note.id() == noteId);
    }

    public List<NoteReference> adjustmentNotes() {
        return List.copyOf(adjustmentNotes);
    }

    /** The provider in Factus ids (v1 vocabulary), whichever version issued the document. */
    public Provider provider() {
        return draft().v1Provider();
    }

    public String cuds() {
        return uuid();
    }

    @Override
    public IssuedDocument correctedDocument() {
        return null;
    }

    /** DIAN's support-document operation: 10 resident provider, 11 non-resident. */
    @Override
    public String customizationId() {
        return provider().resident() ? "10" : "11";
    }
}
