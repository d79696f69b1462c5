package co.factusapi.emulator.document;

import co.factusapi.emulator.catalog.Company;
import co.factusapi.emulator.catalog.NumberingRange;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The state and behaviour every stored document shares: what its issuance assigned, its draft, its totals, its
 * counterpart and printed lines, and its DIAN status. Immutable except the DIAN status, which its store changes under
 * its lock. A family adds what only it has: the corrected document, a public URL, events, its unique code's name.
 */
public abstract class AbstractStoredDocument<D extends DocumentDraft> implements IssuedDocument, StoredDocument {
    private final DocumentKind kind;
    private final Issuance issuance;
    private final D draft;
    private final DocumentTotals totals;
    private final Party counterpart;
    private final List<DocumentLine> lines;
    private final DianStatus dian;

    /**
     * @param counterpart the customer, or the provider of a support document or adjustment note
     * @param lines       the draft's items priced, as the PDF and the XML print them
     */
    protected AbstractStoredDocument(DocumentKind kind, Issuance issuance, D draft, DocumentTotals totals,
            Party counterpart, List<DocumentLine> lines) {
        this.kind = kind;
        this.issuance = issuance;
        this.draft = draft;
        this.totals = totals;
        this.counterpart = counterpart;
        this.lines = List.copyOf(lines);
        this.dian = new DianStatus(issuance.verdict(), issuance.createdAt());
    }

    public D draft() {
        return draft;
    }

    @Override
    public long id() {
        return issuance.id();
    }

    @Override
    public String number() {
        return issuance.number();
    }

    @Override
    public String referenceCode() {
        return draft.referenceCode();
    }

    @Override
    public DianStatus dian() {
        return dian;
    }

    @Override
    public DocumentKind kind() {
        return kind;
    }

    @Override
    public String uuid() {
        return issuance.uniqueCode();
    }

    @Override
    public ZonedDateTime createdAt() {
        return issuance.createdAt();
    }

    @Override
    public Company company() {
        return issuance.company();
    }

    @Override
    public NumberingRange range() {
        return issuance.range();
    }

    @Override
    public DocumentTotals totals() {
        return totals;
    }

    @Override
    public Party counterpart() {
        return counterpart;
    }

    @Override
    public List<DocumentLine> lines() {
        return lines;
    }

    @Override
    public String observation() {
        return draft.observation();
    }

    @Override
    public String paymentMethodCode() {
        return draft.paymentMethodCode();
    }

    /** The DIAN file name, without extension, of the document's PDF and XML. */
    public String fileName() {
        return issuance.fileName();
    }
}
