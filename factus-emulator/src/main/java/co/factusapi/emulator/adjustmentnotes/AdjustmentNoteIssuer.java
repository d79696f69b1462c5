package co.factusapi.emulator.adjustmentnotes;

import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.catalog.Company;
import co.factusapi.emulator.catalog.NumberingRange;
import co.factusapi.emulator.control.Counters;
import co.factusapi.emulator.document.ColombiaTime;
import co.factusapi.emulator.document.Cufe;
import co.factusapi.emulator.document.DianSimulator;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentStore;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.document.Issuance;
import co.factusapi.emulator.http.ApiException;
import co.factusapi.emulator.http.ApiResponse;
import co.factusapi.emulator.supportdocs.SupportDocument;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /v1/adjustment-notes/validate}: validate, number in the document-25 range, CUDS, ask the simulated
 * DIAN, store (docs/factus-upstream.md §7), with the held-document rules of §3.5 per family.
 */
final class AdjustmentNoteIssuer {
    private final AdjustmentNoteValidator validator;
    private final DocumentStore<AdjustmentNote> store;
    private final DianSimulator dian;
    private final Account account;
    private final Clock clock;
    private final Counters counters;

    AdjustmentNoteIssuer(DocumentStore<AdjustmentNote> store, DocumentStore<SupportDocument> supportDocuments,
            DianSimulator dian, Account account, Clock clock, Counters counters) {
        this.validator = new AdjustmentNoteValidator(account.ranges(), supportDocuments);
        this.store = store;
        this.dian = dian;
        this.account = account;
        this.clock = clock;
        this.counters = counters;
    }

    ApiResponse validate(JsonNode body) {
        AdjustmentNoteValidator.Validated validated = validator.validate(body);
        AdjustmentNoteDraft draft = validated.draft();
        DocumentTotals totals = DocumentTotals.of(draft.items(), List.of());
        ZonedDateTime now = ColombiaTime.now(clock);
        DocumentStore.Registration<AdjustmentNote> registration = store.register(draft.referenceCode(), now,
                id -> newNote(id, draft, validated.supportDocument(), totals, now));
        AdjustmentNote note = registration.document();
        if (registration.created()) {
            counters.documentCreated("adjustment_notes");
            note.supportDocument().addAdjustmentNote(new SupportDocument.NoteReference(note.id(), note.number()));
        }
        if (note.dian().rejected()) {
            return ApiResponse.dianRejection(note.dian().errorsByRule());
        }
        return ApiResponse.created("Documento con el código de referencia " + note.referenceCode()
                + " registrado y validado con éxito", AdjustmentNoteJson.full(note));
    }

    private AdjustmentNote newNote(long id, AdjustmentNoteDraft draft, SupportDocument supportDocument,
            DocumentTotals totals, ZonedDateTime now) {
        NumberingRange range = account.ranges().get(draft.numberingRangeId());
        long consecutive = range == null ? -1 : range.takeConsecutive();
        if (consecutive < 0) {
            throw new ApiException(ApiResponse.fieldError("numbering_range_id",
                    "El rango de numeración ha alcanzado su número final."));
        }
        Company company = account.company();
        String number = range.prefix() + consecutive;
        String cuds = Cufe.cuds(number, now, totals, draft.provider().identification(), company.nit());
        String fileName = DocumentKind.ADJUSTMENT_NOTE.fileName(company.nit(), now.getYear(),
                store.nextFileSequence(now.getYear()));
        return new AdjustmentNote(new Issuance(id, number, range, company, now, cuds, fileName, dian.judge()), draft,
                totals, supportDocument);
    }
}
