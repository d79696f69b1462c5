package co.factusapi.emulator.creditnotes;

import co.factusapi.emulator.bills.BillStore;
import co.factusapi.emulator.bills.V2BillNoteValidator;
import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.NumberingRanges;
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
final class CreditNoteIssuer extends DocumentIssuer<CreditNoteRequest, CreditNote> {
    /** Customization 20 references a bill (the default), 22 has none (v2 contract §7.1). */
    private static final V2BillNoteValidator.Kind V2_CREDIT_NOTE = new V2BillNoteValidator.Kind(
            NumberingRanges.CREDIT_NOTE, Catalog.CORRECTION_CONCEPTS.keySet(),
            Catalog.CREDIT_NOTE_CUSTOMIZATIONS.keySet(), "20", "22", "nota crédito");
    private final CreditNoteValidator validator;
    private final V2BillNoteValidator<V2CreditNoteDraft> v2Validator;

    CreditNoteIssuer(DocumentStore<CreditNote> store, BillStore bills, DianSimulator dian, Account account,
            Clock clock, Counters counters) {
        super(DocumentKind.CREDIT_NOTE, "credit_notes", store, dian, account, clock, counters);
        this.validator = new CreditNoteValidator(account.ranges(), bills);
        this.v2Validator = new V2BillNoteValidator<>(account.ranges(), bills, V2_CREDIT_NOTE, V2CreditNoteDraft::new);
    }

    ApiResponse validate(JsonNode body) {
        CreditNoteValidator.Validated validated = validator.validate(body);
        CreditNoteDraft draft = validated.draft();
        DocumentTotals totals = DocumentTotals.of(draft.items(), draft.allowanceCharges());
        return issue(draft, totals, draft.customer().identification(),
                issuance -> new CreditNote(issuance, draft, totals, validated.bill()));
    }

    /**
     * {@code POST /v2/credit-notes/validate} (v2 contract §7.1): into the same store, range, CUDE and DIAN simulation
     * as v1, answered in the flat v2 shape. A DIAN rejection is the same 422 keyed by rule as v1 (§14 Q2, as v2 bills
     * and debit notes; the note stays stored unvalidated either way).
     */
    ApiResponse validateV2(JsonNode body) {
        V2BillNoteValidator.Validated<V2CreditNoteDraft> validated = v2Validator.validate(body);
        V2CreditNoteDraft draft = validated.draft();
        return issue(draft, validated.totals().totals(), draft.customer().identification(),
                issuance -> new CreditNote(issuance, draft, validated.totals(), validated.bill(),
                        publicUrl("credit-notes")), CreditNoteV2Json::full);
    }

    @Override
    protected Object toJson(CreditNote note) {
        return CreditNoteJson.full(note);
    }
}
