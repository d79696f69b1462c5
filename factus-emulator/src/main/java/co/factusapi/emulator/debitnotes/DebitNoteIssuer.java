package co.factusapi.emulator.debitnotes;

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
import co.factusapi.emulator.http.ApiResponse;
import java.time.Clock;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /v2/debit-notes/validate}: validate, number in the document-23 range, CUDE, ask the simulated DIAN,
 * store (docs/factus-upstream.md §5). As v1 does for bills (§3.5), a rejection is a 422 keyed by DIAN rule; a slow
 * DIAN answers 201 with {@code is_validated: false}. (v2 may also answer a rejection as a 201 with
 * {@code is_validated: false} and "Rechazo", §13; the emulator picks the 422.)
 */
final class DebitNoteIssuer extends DocumentIssuer<DebitNoteDraft, DebitNote> {
    /** Customization 30 references a bill (the default), 32 has none (docs/factus-upstream.md §5). */
    private static final V2BillNoteValidator.Kind V2_DEBIT_NOTE = new V2BillNoteValidator.Kind(
            NumberingRanges.DEBIT_NOTE, Catalog.DEBIT_NOTE_CONCEPTS.keySet(),
            Catalog.DEBIT_NOTE_CUSTOMIZATIONS.keySet(), "30", "32", "nota débito");
    private final V2BillNoteValidator<DebitNoteDraft> validator;

    DebitNoteIssuer(DocumentStore<DebitNote> store, BillStore bills, DianSimulator dian, Account account, Clock clock,
            Counters counters) {
        super(DocumentKind.DEBIT_NOTE, "debit_notes", store, dian, account, clock, counters);
        this.validator = new V2BillNoteValidator<>(account.ranges(), bills, V2_DEBIT_NOTE, DebitNoteDraft::new);
    }

    ApiResponse validate(JsonNode body) {
        V2BillNoteValidator.Validated<DebitNoteDraft> validated = validator.validate(body);
        DebitNoteDraft draft = validated.draft();
        return issue(draft, validated.totals().totals(), draft.customer().identification(),
                issuance -> new DebitNote(issuance, draft, validated.totals(), publicUrl("debit-notes"),
                        validated.bill()));
    }

    @Override
    protected Object toJson(DebitNote note) {
        return DebitNoteJson.full(note);
    }
}
