package co.factusapi.emulator.creditnotes;

import co.factusapi.emulator.bills.Bill;
import co.factusapi.emulator.bills.BillDraft;
import co.factusapi.emulator.bills.BillTotals;
import co.factusapi.emulator.bills.DocumentKind;
import co.factusapi.emulator.bills.IssuedDocument;
import co.factusapi.emulator.catalog.Company;
import co.factusapi.emulator.catalog.NumberingRange;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** A stored credit note; the simulated DIAN always validates notes. */
public record CreditNote(long id, String number, CreditNoteDraft draft, BillTotals totals, NumberingRange range,
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

    @Override
    public BillDraft.Customer customer() {
        return draft.customer();
    }

    @Override
    public String customerDv() {
        return draft.customer().resolvedDv();
    }

    @Override
    public List<BillDraft.Item> items() {
        return draft.items();
    }

    @Override
    public String qrUrl() {
        return "https://catalogo-vpfe-hab.dian.gov.co/document/searchqr?documentkey=" + cude;
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
        return bill;
    }
}
