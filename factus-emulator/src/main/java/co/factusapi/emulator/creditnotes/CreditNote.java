package co.factusapi.emulator.creditnotes;

import co.factusapi.emulator.bills.Bill;
import co.factusapi.emulator.document.AbstractStoredDocument;
import co.factusapi.emulator.document.Customer;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentLine;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.document.IssuedDocument;
import co.factusapi.emulator.document.Issuance;
import co.factusapi.emulator.document.Party;
import co.factusapi.emulator.document.PaymentDetail;
import co.factusapi.emulator.document.V2Customer;
import co.factusapi.emulator.document.V2Totals;
import co.factusapi.emulator.document.V2View;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored credit note, issued through v1 or v2: one store, one numbering, one CUDE rule and one DIAN simulation for
 * both, and each version answers every note in its own shape. Immutable except its DIAN status: the simulated DIAN
 * judges notes like every other family (docs/factus-upstream.md §3.5, §4).
 */
public final class CreditNote extends AbstractStoredDocument<CreditNoteRequest> {
    private final Bill bill;
    private final V2Totals v2Amounts;
    private final String publicUrl;

    /** A v1 note: tax-inclusive prices. */
    public CreditNote(Issuance issuance, CreditNoteDraft draft, DocumentTotals totals, Bill bill) {
        super(DocumentKind.CREDIT_NOTE, issuance, draft, totals, Party.customer(draft.customer()),
                DocumentLine.v1(draft.items(), totals));
        this.bill = bill;
        this.v2Amounts = null;
        this.publicUrl = null;
    }

    /** A v2 note: net prices, taxes per line. */
    CreditNote(Issuance issuance, V2CreditNoteDraft draft, V2Totals amounts, Bill bill, String publicUrl) {
        super(DocumentKind.CREDIT_NOTE, issuance, draft, amounts.totals(), draft.v2Customer().party(),
                amounts.documentLines(draft.items()));
        this.bill = bill;
        this.v2Amounts = amounts;
        this.publicUrl = publicUrl;
    }

    public String cude() {
        return uuid();
    }

    /** The bill the note corrects (customization 20), or null (22). */
    public Bill bill() {
        return bill;
    }

    /** The customer in Factus ids (v1 vocabulary), whichever version issued the note. */
    public Customer customer() {
        return draft().v1Customer();
    }

    public V2Customer v2Customer() {
        return draft().v2Customer();
    }

    /** The v1 request, or null for a note issued through v2. */
    public CreditNoteDraft v1Draft() {
        return draft() instanceof CreditNoteDraft v1 ? v1 : null;
    }

    /** The v2 request, or null for a note issued through v1. */
    public V2CreditNoteDraft v2Draft() {
        return draft() instanceof V2CreditNoteDraft v2 ? v2 : null;
    }

    /** The note's items in v2 terms, whichever version issued it. */
    public V2View v2View() {
        V2CreditNoteDraft v2 = v2Draft();
        return v2 != null ? new V2View(v2.items(), v2Amounts) : V2View.ofV1(v1Draft().items(), totals());
    }

    V2Totals v2Amounts() {
        return v2Amounts;
    }

    /** The v2 {@code links.public_url}; a note issued through v1 has none (v1 answers none), so null. */
    public String publicUrl() {
        return publicUrl;
    }

    @Override
    public String paymentFormCode() {
        V2CreditNoteDraft v2 = v2Draft();
        return v2 == null ? null : v2.paymentDetails().getFirst().paymentForm();
    }

    @Override
    public LocalDate paymentDueDate() {
        V2CreditNoteDraft v2 = v2Draft();
        return v2 == null ? null : v2.paymentDetails().stream().map(PaymentDetail::dueDate)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    @Override
    public IssuedDocument correctedDocument() {
        return bill;
    }
}
