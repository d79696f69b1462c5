package co.factusapi.emulator.creditnotes;

import co.factusapi.emulator.bills.BillStore;
import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.control.Counters;
import co.factusapi.emulator.document.DianSimulator;
import co.factusapi.emulator.document.DocumentIssuer;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentStore;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.http.ApiResponse;
import java.time.Clock;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /v1/credit-notes/validate}: validate, number inside the credit-note range, CUDE, ask the simulated DIAN,
 * store (docs/factus-upstream.md §4). Only the armed control-plane verdicts apply: the bills' FAK24 DV check is not
 * run on the note's customer.
 */
final class CreditNoteIssuer extends DocumentIssuer<CreditNoteDraft, CreditNote> {
    private final CreditNoteValidator validator;

    CreditNoteIssuer(DocumentStore<CreditNote> store, BillStore bills, DianSimulator dian, Account account,
            Clock clock, Counters counters) {
        super(DocumentKind.CREDIT_NOTE, "credit_notes", store, dian, account, clock, counters);
        this.validator = new CreditNoteValidator(account.ranges(), bills);
    }

    ApiResponse validate(JsonNode body) {
        CreditNoteValidator.Validated validated = validator.validate(body);
        CreditNoteDraft draft = validated.draft();
        DocumentTotals totals = DocumentTotals.of(draft.items(), draft.allowanceCharges());
        return issue(draft, totals, draft.customer().identification(),
                issuance -> new CreditNote(issuance, draft, totals, validated.bill()));
    }

    @Override
    protected Object toJson(CreditNote note) {
        return CreditNoteJson.full(note);
    }
}
