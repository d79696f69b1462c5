package co.factusapi.emulator.supportdocs;

import co.factusapi.emulator.catalog.Company;
import co.factusapi.emulator.catalog.NumberingRange;
import co.factusapi.emulator.document.DianStatus;
import co.factusapi.emulator.document.DianVerdict;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentLine;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.document.IssuedDocument;
import co.factusapi.emulator.document.Party;
import co.factusapi.emulator.document.StoredDocument;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stored support document. Immutable except its DIAN status and the list of its adjustment notes. */
public final class SupportDocument implements IssuedDocument, StoredDocument {
    private final long id;
    private final String number;
    private final SupportDocumentDraft draft;
    private final DocumentTotals totals;
    private final NumberingRange range;
    private final Company company;
    private final ZonedDateTime createdAt;
    private final String cuds;
    private final String fileName;
    private final DianStatus dian;
    private final List<NoteReference> adjustmentNotes = new CopyOnWriteArrayList<>();

    /** An adjustment note made to this document, as the v1 answers list it: {@code {id, number}}. */
    public record NoteReference(long id, String number) {
    }

    SupportDocument(long id, String number, SupportDocumentDraft draft, DocumentTotals totals, NumberingRange range,
            Company company, ZonedDateTime createdAt, String cuds, String fileName, DianVerdict verdict) {
        this.id = id;
        this.number = number;
        this.draft = draft;
        this.totals = totals;
        this.range = range;
        this.company = company;
        this.createdAt = createdAt;
        this.cuds = cuds;
        this.fileName = fileName;
        this.dian = new DianStatus(verdict, createdAt);
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

    @Override
    public long id() {
        return id;
    }

    @Override
    public String number() {
        return number;
    }

    @Override
    public String referenceCode() {
        return draft.referenceCode();
    }

    @Override
    public DianStatus dian() {
        return dian;
    }

    public SupportDocumentDraft draft() {
        return draft;
    }

    public Provider provider() {
        return draft.provider();
    }

    public String cuds() {
        return cuds;
    }

    public String fileName() {
        return fileName;
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.SUPPORT_DOCUMENT;
    }

    @Override
    public String uuid() {
        return cuds;
    }

    @Override
    public ZonedDateTime createdAt() {
        return createdAt;
    }

    @Override
    public Company company() {
        return company;
    }

    @Override
    public Party counterpart() {
        return draft.provider().party();
    }

    @Override
    public List<DocumentLine> lines() {
        return DocumentLine.v1(draft.items(), totals);
    }

    @Override
    public DocumentTotals totals() {
        return totals;
    }

    @Override
    public NumberingRange range() {
        return range;
    }

    @Override
    public String observation() {
        return draft.observation();
    }

    @Override
    public String paymentMethodCode() {
        return draft.paymentMethodCode();
    }

    @Override
    public IssuedDocument correctedDocument() {
        return null;
    }

    /** DIAN's support-document operation: 10 resident provider, 11 non-resident. */
    @Override
    public String customizationId() {
        return draft.provider().resident() ? "10" : "11";
    }
}
