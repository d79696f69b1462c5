package co.factusapi.emulator.debitnotes;

import co.factusapi.emulator.bills.Bill;
import co.factusapi.emulator.document.AbstractStoredDocument;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.IssuedDocument;
import co.factusapi.emulator.document.Issuance;
import co.factusapi.emulator.document.PaymentDetail;
import co.factusapi.emulator.document.V2Customer;
import co.factusapi.emulator.document.V2Totals;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A stored debit note (a v2 document). Immutable except its DIAN status. v2 exposes no document id; the emulator
 * keeps one internally for its store and control plane.
 */
public final class DebitNote extends AbstractStoredDocument<DebitNoteDraft> {
    private final V2Totals amounts;
    private final String publicUrl;
    private final Bill bill;

    DebitNote(Issuance issuance, DebitNoteDraft draft, V2Totals amounts, String publicUrl, Bill bill) {
        super(DocumentKind.DEBIT_NOTE, issuance, draft, amounts.totals(), draft.customer().party(),
                amounts.documentLines(draft.items()));
        this.amounts = amounts;
        this.publicUrl = publicUrl;
        this.bill = bill;
    }

    public V2Totals amounts() {
        return amounts;
    }

    public V2Customer customer() {
        return draft().customer();
    }

    /** The referenced bill, or null for customization 32. */
    public Bill bill() {
        return bill;
    }

    public String cude() {
        return uuid();
    }

    public String publicUrl() {
        return publicUrl;
    }

    @Override
    public String paymentFormCode() {
        return draft().paymentDetails().getFirst().paymentForm();
    }

    @Override
    public LocalDate paymentDueDate() {
        return draft().paymentDetails().stream().map(PaymentDetail::dueDate).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    @Override
    public IssuedDocument correctedDocument() {
        return bill;
    }

    @Override
    public String customizationId() {
        return draft().customizationId();
    }
}
