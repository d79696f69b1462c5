package co.factusapi.emulator.creditnotes;

import co.factusapi.emulator.bills.Bill;
import co.factusapi.emulator.catalog.Company;
import co.factusapi.emulator.catalog.NumberingRange;
import co.factusapi.emulator.document.Customer;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentLine;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.document.IssuedDocument;
import co.factusapi.emulator.document.Party;
import java.time.ZonedDateTime;
import java.util.List;

/** A stored credit note; the simulated DIAN always validates notes. */
public record CreditNote(long id, String number, CreditNoteDraft draft, DocumentTotals totals, NumberingRange range,
        Company company, ZonedDateTime createdAt, String cude, String fileName, Bill bill) implements IssuedDocument {

    public String referenceCode() {
        return draft.referenceCode();
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.CREDIT_NOTE;
    }

    @Override
    public String uuid() {
        return cude;
    }

    public Customer customer() {
        return draft.customer();
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
