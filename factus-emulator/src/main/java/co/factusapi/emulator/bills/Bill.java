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
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stored bill. Immutable except its DIAN status and its RADIAN events. */
public final class Bill extends AbstractStoredDocument<BillDraft> {
    private final String publicUrl;
    private final List<RadianEvent> events = new CopyOnWriteArrayList<>();

    Bill(Issuance issuance, BillDraft draft, DocumentTotals totals, String publicUrl) {
        super(DocumentKind.INVOICE, issuance, draft, totals, Party.customer(draft.customer()),
                DocumentLine.v1(draft.items(), totals));
        this.publicUrl = publicUrl;
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

    public Customer customer() {
        return draft().customer();
    }

    /** The DV the bill answers for its customer: only a NIT's, computed when not sent. */
    public String customerDv() {
        return customer().resolvedDv();
    }

    /** The customer in v2 vocabulary (DIAN codes), what v2 answers and what a debit note copies. */
    public V2Customer v2Customer() {
        return V2Customer.of(customer(), customerDv());
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
