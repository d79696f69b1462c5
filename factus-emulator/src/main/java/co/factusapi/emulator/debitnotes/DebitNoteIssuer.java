package co.factusapi.emulator.debitnotes;

import co.factusapi.emulator.bills.BillIssuer;
import co.factusapi.emulator.bills.BillStore;
import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.catalog.Company;
import co.factusapi.emulator.catalog.NumberingRange;
import co.factusapi.emulator.control.Counters;
import co.factusapi.emulator.document.ColombiaTime;
import co.factusapi.emulator.document.Cufe;
import co.factusapi.emulator.document.DianSimulator;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentStore;
import co.factusapi.emulator.document.Issuance;
import co.factusapi.emulator.http.ApiException;
import co.factusapi.emulator.http.ApiResponse;
import java.time.Clock;
import java.time.ZonedDateTime;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /v2/debit-notes/validate}: validate, number in the document-23 range, CUDE, ask the simulated DIAN,
 * store (docs/factus-upstream.md §5). As v1 does for bills (§3.5), a rejection is a 422 keyed by DIAN rule and the
 * note stays held; a slow DIAN answers 201 with {@code is_validated: false}. (v2 may also answer a rejection as a
 * 201 with {@code is_validated: false} and "Rechazo", §13; the emulator picks the 422.)
 */
final class DebitNoteIssuer {
    private final DebitNoteValidator validator;
    private final DocumentStore<DebitNote> store;
    private final DianSimulator dian;
    private final Account account;
    private final Clock clock;
    private final Counters counters;

    DebitNoteIssuer(DocumentStore<DebitNote> store, BillStore bills, DianSimulator dian, Account account, Clock clock,
            Counters counters) {
        this.validator = new DebitNoteValidator(account.ranges(), bills);
        this.store = store;
        this.dian = dian;
        this.account = account;
        this.clock = clock;
        this.counters = counters;
    }

    ApiResponse validate(JsonNode body) {
        DebitNoteValidator.Validated validated = validator.validate(body);
        DebitNoteDraft draft = validated.draft();
        ZonedDateTime now = ColombiaTime.now(clock);
        DocumentStore.Registration<DebitNote> registration = store.register(draft.referenceCode(), now,
                id -> newNote(id, validated, now));
        DebitNote note = registration.document();
        if (registration.created()) {
            counters.documentCreated("debit_notes");
        }
        if (note.dian().rejected()) {
            return ApiResponse.dianRejection(note.dian().errorsByRule());
        }
        return ApiResponse.created("Documento con el código de referencia " + note.referenceCode()
                + " registrado y validado con éxito", DebitNoteJson.full(note));
    }

    private DebitNote newNote(long id, DebitNoteValidator.Validated validated, ZonedDateTime now) {
        DebitNoteDraft draft = validated.draft();
        NumberingRange range = account.ranges().get(draft.numberingRangeId());
        long consecutive = range == null ? -1 : range.takeConsecutive();
        if (consecutive < 0) {
            throw new ApiException(ApiResponse.fieldError("numbering_range_id",
                    "El rango de numeración ha alcanzado su número final."));
        }
        Company company = account.company();
        String number = range.prefix() + consecutive;
        String cude = Cufe.compute(number, now, validated.totals().totals(), company.nit(),
                draft.customer().identification(), Cufe.EMULATOR_SOFTWARE_PIN);
        String fileName = DocumentKind.DEBIT_NOTE.fileName(company.nit(), now.getYear(),
                store.nextFileSequence(now.getYear()));
        String publicUrl = account.baseUrl() + "/documents/debit-notes/" + BillIssuer.randomHex();
        return new DebitNote(new Issuance(id, number, range, company, now, cude, fileName, dian.judge()), draft,
                validated.totals(), publicUrl, validated.bill());
    }
}
