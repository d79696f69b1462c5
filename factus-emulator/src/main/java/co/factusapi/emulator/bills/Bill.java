package co.factusapi.emulator.bills;

import co.factusapi.emulator.catalog.Company;
import co.factusapi.emulator.catalog.NumberingRange;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stored bill. Immutable except its DIAN status, which the store changes under its lock. */
public final class Bill implements IssuedDocument {
    private final long id;
    private final String number;
    private final BillDraft draft;
    private final String customerDv;
    private final BillTotals totals;
    private final NumberingRange range;
    private final Company company;
    private final ZonedDateTime createdAt;
    private final String cufe;
    private final String fileName;
    private final String publicUrl;
    private final List<RadianEvent> events = new CopyOnWriteArrayList<>();
    private volatile DianVerdict verdict;
    private volatile ZonedDateTime validatedAt;

    Bill(long id, String number, BillDraft draft, String customerDv, BillTotals totals, NumberingRange range,
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
        this.verdict = verdict;
        this.validatedAt = verdict.validated() ? createdAt : null;
    }

    /** DIAN finally answered for a slow bill: the retry validates it (contract §3.1.4). */
    void markValidated(ZonedDateTime when) {
        verdict = DianVerdict.accepted();
        validatedAt = when;
    }

    public int status() {
        return verdict.validated() ? 1 : 0;
    }

    public boolean rejected() {
        return verdict.rejected();
    }

    public Map<String, String> errorsByRule() {
        return verdict.errorsByRule();
    }

    public List<String> errors() {
        return List.copyOf(verdict.errorsByRule().values());
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
    public List<BillDraft.Item> items() {
        return draft.items();
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
    public Map<String, Object> establishment() {
        return draft.establishment();
    }

    @Override
    public IssuedDocument correctedDocument() {
        return null;
    }

    public long id() {
        return id;
    }

    @Override
    public String number() {
        return number;
    }

    public String referenceCode() {
        return draft.referenceCode();
    }

    public BillDraft draft() {
        return draft;
    }

    @Override
    public BillDraft.Customer customer() {
        return draft.customer();
    }

    @Override
    public String customerDv() {
        return customerDv;
    }

    @Override
    public BillTotals totals() {
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
        return validatedAt;
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

    @Override
    public String qrUrl() {
        return "https://catalogo-vpfe-hab.dian.gov.co/document/searchqr?documentkey=" + cufe;
    }
}
