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
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** {@code POST /v1/bills/validate}: validate, number, CUFE, ask the simulated DIAN, store (docs/factus-upstream.md §3.2–§3.7). */
public final class BillIssuer extends DocumentIssuer<BillRequest, Bill> {
    private final BillValidator validator;
    private final V2BillValidator v2Validator;
    private final Counters counters;

    public BillIssuer(BillStore store, DianSimulator dian, Account account, Clock clock, Counters counters) {
        super(DocumentKind.INVOICE, "bills", store, dian, account, clock, counters);
        this.validator = new BillValidator(account.ranges());
        this.v2Validator = new V2BillValidator(account.ranges());
        this.counters = counters;
    }

    public ApiResponse validate(JsonNode body) {
        BillDraft draft = validator.validate(body);
        DocumentTotals totals = DocumentTotals.of(draft.items(), draft.allowanceCharges());
        return issue(draft, totals, draft.customer().identification(),
                issuance -> new Bill(issuance, draft, totals, publicUrl("bills")));
    }

    /**
     * {@code POST /v2/bills/validate} (v2 contract §3): into the same store, numbering, CUFE and DIAN simulation as
     * v1, answered in the flat v2 shape. A DIAN rejection answers the same 422 keyed by rule as v1 (§14 Q2: the v2
     * docs also describe a 201 with {@code is_validated: false} and "Rechazo"; the emulator picks the 422 the v1
     * sandbox and the v2 SDK show, and the document stays stored unvalidated either way).
     */
    public ApiResponse validateV2(JsonNode body, Function<Bill, Object> answer) {
        V2BillValidator.Validated validated = v2Validator.validate(body);
        V2BillDraft draft = validated.draft();
        return issue(draft, validated.totals().totals(), draft.customer().identification(),
                issuance -> new Bill(issuance, draft, validated.totals(), publicUrl("bills")), answer);
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
    protected DianVerdict judge(DianSimulator simulator, BillRequest draft) {
        return simulator.judge(draft.v1Customer());
    }
}
