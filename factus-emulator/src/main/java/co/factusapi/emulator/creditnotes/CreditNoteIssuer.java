package co.factusapi.emulator.creditnotes;

import co.factusapi.emulator.bills.Bill;
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
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.document.Issuance;
import co.factusapi.emulator.http.ApiException;
import co.factusapi.emulator.http.ApiResponse;
import java.time.Clock;
import java.time.ZonedDateTime;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /v1/credit-notes/validate}: validate, number inside the credit-note range, CUDE, ask the simulated DIAN,
 * store (docs/factus-upstream.md §4). The statuses of §3.5 apply as to every family: a rejection is a 422 and the note
 * stays held; a slow DIAN answers 201 with status 0 and the same reference sent again validates it. Only the armed
 * control-plane verdicts apply: the bills' FAK24 DV check is not run on the note's customer.
 */
final class CreditNoteIssuer {

    private final CreditNoteValidator validator;
    private final DocumentStore<CreditNote> store;
    private final DianSimulator dian;
    private final Account account;
    private final Clock clock;
    private final Counters counters;

    CreditNoteIssuer(DocumentStore<CreditNote> store, BillStore bills, DianSimulator dian, Account account,
            Clock clock, Counters counters) {
        this.validator = new CreditNoteValidator(account.ranges(), bills);
        this.store = store;
        this.dian = dian;
        this.account = account;
        this.clock = clock;
        this.counters = counters;
    }

    ApiResponse validate(JsonNode body) {
        CreditNoteValidator.Validated validated = validator.validate(body);
        CreditNoteDraft draft = validated.draft();
        DocumentTotals totals = DocumentTotals.of(draft.items(), draft.allowanceCharges());
        ZonedDateTime now = ColombiaTime.now(clock);
        DocumentStore.Registration<CreditNote> registration = store.register(draft.referenceCode(), now,
                id -> newNote(id, draft, totals, now, validated.bill()));
        CreditNote note = registration.document();
        if (registration.created()) {
            counters.documentCreated("credit_notes");
        }
        if (note.dian().rejected()) {
            return ApiResponse.dianRejection(note.dian().errorsByRule());
        }
        return ApiResponse.created("Documento con el código de referencia " + note.referenceCode()
                + " registrado y validado con éxito", CreditNoteJson.full(note));
    }

    private CreditNote newNote(long id, CreditNoteDraft draft, DocumentTotals totals, ZonedDateTime now, Bill bill) {
        NumberingRange range = account.ranges().get(draft.numberingRangeId());
        long consecutive = range == null ? -1 : range.takeConsecutive();
        if (consecutive < 0) {
            throw new ApiException(ApiResponse.fieldError("numbering_range_id",
                    "El rango de numeración ha alcanzado su número final."));
        }
        Company company = account.company();
        String number = range.prefix() + consecutive;
        String cude = Cufe.compute(number, now, totals, company.nit(), draft.customer().identification(),
                Cufe.EMULATOR_SOFTWARE_PIN);
        String fileName = DocumentKind.CREDIT_NOTE.fileName(company.nit(), now.getYear(),
                store.nextFileSequence(now.getYear()));
        return new CreditNote(new Issuance(id, number, range, company, now, cude, fileName, dian.judge()), draft, totals,
                bill);
    }
}
