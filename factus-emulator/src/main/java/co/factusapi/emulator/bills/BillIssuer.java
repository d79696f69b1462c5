package co.factusapi.emulator.bills;

import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.control.Counters;
import co.factusapi.emulator.document.DianSimulator;
import co.factusapi.emulator.document.DianVerdict;
import co.factusapi.emulator.document.DocumentIssuer;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.http.ApiResponse;
import java.time.Clock;
import tools.jackson.databind.JsonNode;

/** {@code POST /v1/bills/validate}: validate, number, CUFE, ask the simulated DIAN, store (docs/factus-upstream.md §3.2–§3.7). */
public final class BillIssuer extends DocumentIssuer<BillDraft, Bill> {
    private final BillValidator validator;
    private final Counters counters;

    public BillIssuer(BillStore store, DianSimulator dian, Account account, Clock clock, Counters counters) {
        super(DocumentKind.INVOICE, "bills", store, dian, account, clock, counters);
        this.validator = new BillValidator(account.ranges());
        this.counters = counters;
    }

    public ApiResponse validate(JsonNode body) {
        BillDraft draft = validator.validate(body);
        DocumentTotals totals = DocumentTotals.of(draft.items(), draft.allowanceCharges());
        return issue(draft, totals, draft.customer().identification(),
                issuance -> new Bill(issuance, draft, totals, publicUrl("bills")));
    }

    @Override
    protected Object toJson(Bill bill) {
        return BillJson.full(bill);
    }

    /** Bills also count apart, as invoices. */
    @Override
    protected void created(Bill bill) {
        counters.invoiceCreated();
    }

    /** Bills alone get DIAN's check of the customer's NIT digit before the armed modes (§3.2). */
    @Override
    protected DianVerdict judge(DianSimulator simulator, BillDraft draft) {
        return simulator.judge(draft.customer());
    }
}
