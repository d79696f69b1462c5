package co.factusapi.emulator.adjustmentnotes;

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
import co.factusapi.emulator.supportdocs.Provider;
import co.factusapi.emulator.supportdocs.SupportDocument;
import java.time.ZonedDateTime;
import java.util.List;

/** A stored adjustment note to a support document. Immutable except its DIAN status. */
public final class AdjustmentNote implements IssuedDocument, StoredDocument {
    private final long id;
    private final String number;
    private final AdjustmentNoteDraft draft;
    private final DocumentTotals totals;
    private final NumberingRange range;
    private final Company company;
    private final ZonedDateTime createdAt;
    private final String cuds;
    private final String fileName;
    private final SupportDocument supportDocument;
    private final DianStatus dian;

    AdjustmentNote(long id, String number, AdjustmentNoteDraft draft, DocumentTotals totals, NumberingRange range,
            Company company, ZonedDateTime createdAt, String cuds, String fileName, SupportDocument supportDocument,
            DianVerdict verdict) {
        this.id = id;
        this.number = number;
        this.draft = draft;
        this.totals = totals;
        this.range = range;
        this.company = company;
        this.createdAt = createdAt;
        this.cuds = cuds;
        this.fileName = fileName;
        this.supportDocument = supportDocument;
        this.dian = new DianStatus(verdict, createdAt);
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

    public AdjustmentNoteDraft draft() {
        return draft;
    }

    public Provider provider() {
        return draft.provider();
    }

    public SupportDocument supportDocument() {
        return supportDocument;
    }

    public String cuds() {
        return cuds;
    }

    public String fileName() {
        return fileName;
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.ADJUSTMENT_NOTE;
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
        return supportDocument;
    }

    @Override
    public String customizationId() {
        return supportDocument.customizationId();
    }
}
