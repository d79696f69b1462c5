package co.factusapi.emulator.bills;

import co.factusapi.emulator.document.AbstractStoredDocument;
import co.factusapi.emulator.document.Customer;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentLine;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.document.IssuedDocument;
import co.factusapi.emulator.document.Issuance;
import co.factusapi.emulator.document.Party;
import co.factusapi.emulator.document.V2Customer;
import co.factusapi.emulator.document.V2Totals;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stored bill, issued through v1 or v2: one store, one numbering, one CUFE rule and one DIAN simulation for both,
 * and each version answers every bill in its own shape. Immutable except its DIAN status and its RADIAN events.
 */
public final class Bill extends AbstractStoredDocument<BillRequest> {
    private final String publicUrl;
    private final V2Totals v2Amounts;
    private final List<RadianEvent> events = new CopyOnWriteArrayList<>();

    /** A v1 bill: tax-inclusive prices. */
    Bill(Issuance issuance, BillDraft draft, DocumentTotals totals, String publicUrl) {
        super(DocumentKind.INVOICE, issuance, draft, totals, Party.customer(draft.customer()),
                DocumentLine.v1(draft.items(), totals));
        this.publicUrl = publicUrl;
        this.v2Amounts = null;
    }

    /** A v2 bill: net prices, taxes per line. */
    Bill(Issuance issuance, V2BillDraft draft, V2Totals amounts, String publicUrl) {
        super(DocumentKind.INVOICE, issuance, draft, amounts.totals(), draft.v2Customer().party(),
                amounts.documentLines(draft.items()));
        this.publicUrl = publicUrl;
        this.v2Amounts = amounts;
    }

    /** The v2 request and its per-line amounts, or null for a bill issued through v1. */
    public V2BillDraft v2Draft() {
        return draft() instanceof V2BillDraft v2 ? v2 : null;
    }

    V2Totals v2Amounts() {
        return v2Amounts;
    }

    /** The v1 request, or null for a bill issued through v2. */
    public BillDraft v1Draft() {
        return draft() instanceof BillDraft v1 ? v1 : null;
    }

    public void addEvent(RadianEvent event) {
        events.add(event);
    }

    public List<RadianEvent> events() {
        return List.copyOf(events);
    }

    public String cufe() {
        return uuid();
    }

    /** The customer in Factus ids (v1 vocabulary), whichever version issued the bill. */
    public Customer customer() {
        return draft().v1Customer();
    }

    /** The customer in DIAN codes (v2 vocabulary): what v2 answers and what a debit note copies. */
    public V2Customer v2Customer() {
        return draft().v2Customer();
    }

    /** The DV the bill answers for its customer: only a NIT's, computed when not sent. */
    public String customerDv() {
        return customer().resolvedDv();
    }

    public String publicUrl() {
        return publicUrl;
    }

    @Override
    public String paymentFormCode() {
        return draft().paymentForm();
    }

    @Override
    public LocalDate paymentDueDate() {
        return draft().paymentDueDate();
    }

    @Override
    public IssuedDocument correctedDocument() {
        return null;
    }
}
