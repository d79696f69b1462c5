package co.factusapi.emulator.adjustmentnotes;

import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.control.Counters;
import co.factusapi.emulator.document.DianSimulator;
import co.factusapi.emulator.document.DocumentIssuer;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentStore;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.http.ApiResponse;
import co.factusapi.emulator.supportdocs.SupportDocument;
import java.time.Clock;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /v1/adjustment-notes/validate}: validate, number in the document-25 range, CUDS, ask the simulated
 * DIAN, store (docs/factus-upstream.md §7).
 */
final class AdjustmentNoteIssuer extends DocumentIssuer<AdjustmentNoteRequest, AdjustmentNote> {
    private final AdjustmentNoteValidator validator;
    private final V2AdjustmentNoteValidator v2Validator;

    AdjustmentNoteIssuer(DocumentStore<AdjustmentNote> store, DocumentStore<SupportDocument> supportDocuments,
            DianSimulator dian, Account account, Clock clock, Counters counters) {
        super(DocumentKind.ADJUSTMENT_NOTE, "adjustment_notes", store, dian, account, clock, counters);
        this.validator = new AdjustmentNoteValidator(account.ranges(), supportDocuments);
        this.v2Validator = new V2AdjustmentNoteValidator(account.ranges(), supportDocuments);
    }

    ApiResponse validate(JsonNode body) {
        AdjustmentNoteValidator.Validated validated = validator.validate(body);
        AdjustmentNoteDraft draft = validated.draft();
        DocumentTotals totals = DocumentTotals.of(draft.items(), List.of());
        return issue(draft, totals, draft.provider().identification(),
                issuance -> new AdjustmentNote(issuance, draft, totals, validated.supportDocument()));
    }

    /** {@code POST /v2/adjustment-notes/validate} (v2 contract §7.4): the v1 store, range, CUDS and DIAN rules. */
    ApiResponse validateV2(JsonNode body) {
        V2AdjustmentNoteValidator.Validated validated = v2Validator.validate(body);
        V2AdjustmentNoteDraft draft = validated.draft();
        return issue(draft, validated.totals().totals(), draft.provider().identification(),
                issuance -> new AdjustmentNote(issuance, draft, validated.totals(), validated.supportDocument()),
                AdjustmentNoteV2Json::full);
    }

    @Override
    protected Object toJson(AdjustmentNote note) {
        return AdjustmentNoteJson.full(note);
    }

    /** The corrected support document lists its adjustment notes in its answers. */
    @Override
    protected void created(AdjustmentNote note) {
        note.supportDocument().addAdjustmentNote(new SupportDocument.NoteReference(note.id(), note.number()));
    }
}
