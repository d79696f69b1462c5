package co.factusapi.emulator.bills;

import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.catalog.Company;
import co.factusapi.emulator.catalog.NumberingRange;
import co.factusapi.emulator.control.Counters;
import co.factusapi.emulator.document.ColombiaTime;
import co.factusapi.emulator.document.Cufe;
import co.factusapi.emulator.document.Customer;
import co.factusapi.emulator.document.DianSimulator;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentStore;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.document.Issuance;
import co.factusapi.emulator.http.ApiException;
import co.factusapi.emulator.http.ApiResponse;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;

/** {@code POST /v1/bills/validate}: validate, number, CUFE, ask the simulated DIAN, store (contract §3.1). */
public final class BillIssuer {

    private final BillValidator validator;
    private final BillStore store;
    private final DianSimulator dian;
    private final Account account;
    private final Clock clock;
    private final Counters counters;

    public BillIssuer(BillStore store, DianSimulator dian, Account account, Clock clock, Counters counters) {
        this.validator = new BillValidator(account.ranges());
        this.store = store;
        this.dian = dian;
        this.account = account;
        this.clock = clock;
        this.counters = counters;
    }

    public ApiResponse validate(JsonNode body) {
        BillDraft draft = validator.validate(body);
        DocumentTotals totals = DocumentTotals.of(draft.items(), draft.allowanceCharges());
        ZonedDateTime now = ColombiaTime.now(clock);
        DocumentStore.Registration<Bill> registration = store.register(draft.referenceCode(), now,
                id -> newBill(id, draft, totals, now));
        Bill bill = registration.document();
        if (registration.created()) {
            counters.invoiceCreated();
            counters.documentCreated("bills");
        }
        if (bill.dian().rejected()) {
            return ApiResponse.dianRejection(bill.dian().errorsByRule());
        }
        return ApiResponse.created("Documento con el código de referencia " + bill.referenceCode()
                + " registrado y validado con éxito", BillJson.full(bill));
    }

    private Bill newBill(long id, BillDraft draft, DocumentTotals totals, ZonedDateTime now) {
        NumberingRange range = account.ranges().get(draft.numberingRangeId());
        long consecutive = range == null ? -1 : range.takeConsecutive();
        if (consecutive < 0) {
            throw new ApiException(ApiResponse.fieldError("numbering_range_id",
                    "El rango de numeración ha alcanzado su número final."));
        }
        Company company = account.company();
        String number = range.prefix() + consecutive;
        Customer customer = draft.customer();
        String cufe = Cufe.compute(number, now, totals, company.nit(), customer.identification(),
                Objects.toString(range.technicalKey(), ""));
        String fileName = DocumentKind.INVOICE.fileName(company.nit(), now.getYear(),
                store.nextFileSequence(now.getYear()));
        String publicUrl = account.baseUrl() + "/documents/bills/" + randomHex();
        return new Bill(new Issuance(id, number, range, company, now, cufe, fileName, dian.judge(customer)), draft,
                totals, publicUrl);
    }

    /** The public-URL token is opaque upstream (docs/factus-upstream.md §3.3): 64 random hex chars. */
    public static String randomHex() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
