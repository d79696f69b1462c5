package co.factusapi.emulator.supportdocs;

import co.factusapi.emulator.document.AbstractStoredDocument;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentLine;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.document.IssuedDocument;
import co.factusapi.emulator.document.Issuance;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stored support document. Immutable except its DIAN status and the list of its adjustment notes. */
public final class SupportDocument extends AbstractStoredDocument<SupportDocumentDraft> {
    private final List<NoteReference> adjustmentNotes = new CopyOnWriteArrayList<>();

    /** An adjustment note made to this document, as the v1 answers list it: {@code {id, number}}. */
    public record NoteReference(long id, String number) {
    }

    SupportDocument(Issuance issuance, SupportDocumentDraft draft, DocumentTotals totals) {
        super(DocumentKind.SUPPORT_DOCUMENT, issuance, draft, totals, draft.provider().party(),
                DocumentLine.v1(draft.items(), totals));
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

    public Provider provider() {
        return draft().provider();
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
