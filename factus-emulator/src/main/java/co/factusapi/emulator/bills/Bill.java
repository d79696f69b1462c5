package co.factusapi.emulator.bills;

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
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stored bill. Immutable except its DIAN status, which the store changes under its lock. */
public final class Bill implements IssuedDocument, StoredDocument {
    private final long id;
    private final String number;
    private final BillDraft draft;
    private final String customerDv;
    private final DocumentTotals totals;
    private final NumberingRange range;
    private final Company company;
    private final ZonedDateTime createdAt;
    private final String cufe;
    private final String fileName;
    private final String publicUrl;
    private final DianStatus dian;
    private final List<RadianEvent> events = new CopyOnWriteArrayList<>();

    Bill(long id, String number, BillDraft draft, String customerDv, DocumentTotals totals, NumberingRange range,
            Company company, ZonedDateTime createdAt, String cufe, String fileName, String publicUrl,
            DianVerdict verdict) {
        this.id = id;
        this.number = number;
        this.draft = draft;
        this.customerDv = customerDv;
        this.totals = totals;
        this.range = range;
        this.company = company;
        this.createdAt = createdAt;
        this.cufe = cufe;
        this.fileName = fileName;
        this.publicUrl = publicUrl;
        this.dian = new DianStatus(verdict, createdAt);
    }

    @Override
    public DianStatus dian() {
        return dian;
    }

    public int status() {
        return dian.status();
    }

    public boolean rejected() {
        return dian.rejected();
    }

    public Map<String, String> errorsByRule() {
        return dian.errorsByRule();
    }

    public List<String> errors() {
        return dian.errors();
    }

    public void addEvent(RadianEvent event) {
        events.add(event);
    }

    public List<RadianEvent> events() {
        return List.copyOf(events);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.INVOICE;
    }

    @Override
    public String uuid() {
        return cufe;
    }

    @Override
    public Party counterpart() {
        return Party.customer(draft.customer(), customerDv);
    }

    @Override
    public List<DocumentLine> lines() {
        return DocumentLine.v1(draft.items(), totals);
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
    public String paymentFormCode() {
        return draft.paymentForm();
    }

    @Override
    public LocalDate paymentDueDate() {
        return draft.paymentDueDate();
    }

    @Override
    public IssuedDocument correctedDocument() {
        return null;
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

    public BillDraft draft() {
        return draft;
    }

    public Customer customer() {
        return draft.customer();
    }

    public String customerDv() {
        return customerDv;
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
    public Company company() {
        return company;
    }

    @Override
    public ZonedDateTime createdAt() {
        return createdAt;
    }

    public ZonedDateTime validatedAt() {
        return dian.validatedAt();
    }

    public String cufe() {
        return cufe;
    }

    public String fileName() {
        return fileName;
    }

    public String publicUrl() {
        return publicUrl;
    }
}
