package co.factusapi.emulator.bills;

import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.catalog.Company;
import co.factusapi.emulator.catalog.NumberingRange;
import co.factusapi.emulator.control.Counters;
import co.factusapi.emulator.http.ApiException;
import co.factusapi.emulator.http.ApiResponse;
import co.factusapi.emulator.http.Json;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;

/** {@code POST /v1/bills/validate}: validate, number, CUFE, ask the simulated DIAN, store (contract §3.1). */
public final class BillIssuer {
    public static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final DateTimeFormatter TIME_WITH_OFFSET = DateTimeFormatter.ofPattern("HH:mm:ssxxx");

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
        BillTotals totals = BillTotals.of(draft.items(), draft.allowanceCharges());
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(BOGOTA).truncatedTo(ChronoUnit.SECONDS);
        BillStore.Registration registration = store.register(draft.referenceCode(), now,
                id -> newBill(id, draft, totals, now));
        Bill bill = registration.bill();
        if (registration.created()) {
            counters.invoiceCreated();
        }
        if (bill.rejected()) {
            return ApiResponse.of(422, Json.obj("status", "Validation error",
                    "message", "El documento contiene errores de validación",
                    "data", Json.obj("message", "El documento contiene errores de validación",
                            "errors", bill.errorsByRule())));
        }
        return ApiResponse.created("Documento con el código de referencia " + bill.referenceCode()
                + " registrado y validado con éxito", BillJson.full(bill));
    }

    private Bill newBill(long id, BillDraft draft, BillTotals totals, ZonedDateTime now) {
        NumberingRange range = account.ranges().get(draft.numberingRangeId());
        long consecutive = range == null ? -1 : range.takeConsecutive();
        if (consecutive < 0) {
            throw new ApiException(ApiResponse.fieldError("numbering_range_id",
                    "El rango de numeración ha alcanzado su número final."));
        }
        Company company = account.company();
        String number = range.prefix() + consecutive;
        BillDraft.Customer customer = draft.customer();
        String cufe = Cufe.compute(number, now.toLocalDate().toString(), now.format(TIME_WITH_OFFSET),
                Money.text(totals.gross()), Money.text(totals.iva()), Money.text(totals.inc()),
                Money.text(totals.ica()), Money.text(totals.total()), company.nit(), customer.identification(),
                Objects.toString(range.technicalKey(), ""), Cufe.TEST_ENVIRONMENT);
        String fileName = DocumentKind.INVOICE.fileName(company.nit(), now.getYear(),
                store.nextFileSequence(now.getYear()));
        return new Bill(id, number, draft, customer.resolvedDv(), totals, range, company, now, cufe, fileName,
                account.baseUrl() + "/documents/bills/" + randomHex(), dian.judge(customer));
    }

    /** The public-URL token is opaque upstream (contract §3.1.2): 64 random hex chars. */
    public static String randomHex() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
