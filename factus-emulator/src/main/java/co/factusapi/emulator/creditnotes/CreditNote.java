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

/**
 * A stored credit note. Immutable except its DIAN status: the simulated DIAN judges notes like every other family
 * (docs/factus-upstream.md §3.5, §4).
 */
public final class CreditNote extends AbstractStoredDocument<CreditNoteDraft> {
    private final Bill bill;

    public CreditNote(Issuance issuance, CreditNoteDraft draft, DocumentTotals totals, Bill bill) {
        super(DocumentKind.CREDIT_NOTE, issuance, draft, totals, Party.customer(draft.customer()),
                DocumentLine.v1(draft.items(), totals));
        this.bill = bill;
    }

    public String cude() {
        return uuid();
    }

    /** The bill the note corrects (customization 20), or null (22). */
    public Bill bill() {
        return bill;
    }

    public Customer customer() {
        return draft().customer();
    }

    @Override
    public IssuedDocument correctedDocument() {
        return bill;
    }
}
