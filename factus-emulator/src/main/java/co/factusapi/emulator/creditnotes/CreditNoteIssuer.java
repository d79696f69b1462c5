package co.factusapi.emulator.creditnotes;

import co.factusapi.emulator.bills.BillStore;
import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.catalog.Company;
import co.factusapi.emulator.catalog.NumberingRange;
import co.factusapi.emulator.control.Counters;
import co.factusapi.emulator.document.ColombiaTime;
import co.factusapi.emulator.document.Cufe;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.http.ApiException;
import co.factusapi.emulator.http.ApiResponse;
import java.time.Clock;
import java.time.ZonedDateTime;
import tools.jackson.databind.JsonNode;

/** {@code POST /v1/credit-notes/validate}: validate, number inside the credit-note range, CUDE, store (contract §4). */
final class CreditNoteIssuer {

    private final CreditNoteValidator validator;
    private final CreditNoteStore store;
    private final Account account;
    private final Clock clock;
    private final Counters counters;

    CreditNoteIssuer(CreditNoteStore store, BillStore bills, Account account, Clock clock, Counters counters) {
        this.validator = new CreditNoteValidator(account.ranges(), bills);
        this.store = store;
        this.account = account;
        this.clock = clock;
        this.counters = counters;
    }

    ApiResponse validate(JsonNode body) {
        CreditNoteValidator.Validated validated = validator.validate(body);
        CreditNoteDraft draft = validated.draft();
        DocumentTotals totals = DocumentTotals.of(draft.items(), draft.allowanceCharges());
        ZonedDateTime now = ColombiaTime.now(clock);
        CreditNote note = store.register(draft.referenceCode(), id -> {
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
            return new CreditNote(id, number, draft, totals, range, company, now, cude, fileName, validated.bill());
        });
        counters.documentCreated("credit_notes");
        return ApiResponse.created("Documento con el código de referencia " + note.referenceCode()
                + " registrado y validado con éxito", CreditNoteJson.full(note));
    }
}
