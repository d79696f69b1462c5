package co.factusapi.emulator.creditnotes;

import co.factusapi.emulator.bills.Bill;
import co.factusapi.emulator.catalog.Company;
import co.factusapi.emulator.catalog.NumberingRange;
import co.factusapi.emulator.document.Customer;
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

/**
 * A stored credit note. Immutable except its DIAN status, which the store changes under its lock: the simulated
 * DIAN judges notes like every other family (docs/factus-upstream.md §3.5, §4).
 */
public final class CreditNote implements IssuedDocument, StoredDocument {
    private final long id;
    private final String number;
    private final CreditNoteDraft draft;
    private final DocumentTotals totals;
    private final NumberingRange range;
    private final Company company;
    private final ZonedDateTime createdAt;
    private final String cude;
    private final String fileName;
    private final Bill bill;
    private final DianStatus dian;

    public CreditNote(long id, String number, CreditNoteDraft draft, DocumentTotals totals, NumberingRange range,
            Company company, ZonedDateTime createdAt, String cude, String fileName, Bill bill, DianVerdict verdict) {
        this.id = id;
        this.number = number;
        this.draft = draft;
        this.totals = totals;
        this.range = range;
        this.company = company;
        this.createdAt = createdAt;
        this.cude = cude;
        this.fileName = fileName;
        this.bill = bill;
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

    public CreditNoteDraft draft() {
        return draft;
    }

    public String cude() {
        return cude;
    }

    public String fileName() {
        return fileName;
    }

    /** The bill the note corrects (customization 20), or null (22). */
    public Bill bill() {
        return bill;
    }

    public Customer customer() {
        return draft.customer();
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.CREDIT_NOTE;
    }

    @Override
    public String uuid() {
        return cude;
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
        return Party.customer(draft.customer(), draft.customer().resolvedDv());
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
        return bill;
    }
}
