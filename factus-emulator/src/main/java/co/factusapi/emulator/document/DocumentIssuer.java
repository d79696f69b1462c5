package co.factusapi.emulator.document;

import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.catalog.Company;
import co.factusapi.emulator.catalog.NumberingRange;
import co.factusapi.emulator.control.Counters;
import co.factusapi.emulator.http.ApiException;
import co.factusapi.emulator.http.ApiResponse;
import co.factusapi.emulator.http.Json;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * What every {@code POST …/validate} does once its family has validated the body: number the document in the chosen
 * range, compute its CUFE, CUDE or CUDS, name its files, ask the simulated DIAN and store it, all inside the store's
 * lock because a held document blocks the next one of its family. The statuses of docs/factus-upstream.md §3.5 apply
 * to every family: a rejection answers 422 and the document stays held; a slow DIAN answers 201 unvalidated and the
 * same reference sent again validates it.
 */
public abstract class DocumentIssuer<D extends DocumentDraft, T extends AbstractStoredDocument<D>> {
    private final DocumentKind kind;
    private final String family;
    private final DocumentStore<T> store;
    private final DianSimulator dian;
    private final Account account;
    private final Clock clock;
    private final Counters counters;

    /** @param family the family's key in the {@code documents_created} counters, e.g. "credit_notes" */
    protected DocumentIssuer(DocumentKind kind, String family, DocumentStore<T> store, DianSimulator dian,
            Account account, Clock clock, Counters counters) {
        this.kind = kind;
        this.family = family;
        this.store = store;
        this.dian = dian;
        this.account = account;
        this.clock = clock;
        this.counters = counters;
    }

    /** The family's create/show body, answered with the 201. */
    protected abstract Object toJson(T document);

    /** What else a newly stored document changes; only some families have something to do. */
    protected void created(T document) {
    }

    /** DIAN's verdict on a new document: the modes the control plane armed. */
    protected DianVerdict judge(DianSimulator simulator, D draft) {
        return simulator.judge();
    }

    /**
     * @param counterpartId the identification the unique code hashes: the customer's, or the provider's
     * @param newDocument   the family's document, built from what its issuance assigned
     */
    protected final ApiResponse issue(D draft, DocumentTotals totals, String counterpartId,
            Function<Issuance, T> newDocument) {
        return issue(draft, totals, counterpartId, newDocument, this::toJson);
    }

    /**
     * As above, answering the 201 with {@code answer}: one family issued through two API versions (v1 and v2 bills)
     * shares the store, the numbering and the DIAN verdicts, and answers each version in its own shape.
     */
    protected final ApiResponse issue(D draft, DocumentTotals totals, String counterpartId,
            Function<Issuance, T> newDocument, Function<T, Object> answer) {
        ZonedDateTime now = ColombiaTime.now(clock);
        DocumentStore.Registration<T> registration = store.register(draft.referenceCode(), now,
                id -> newDocument.apply(issuance(id, draft, totals, counterpartId, now)));
        T document = registration.document();
        if (registration.created()) {
            counters.documentCreated(family);
            created(document);
        }
        if (document.dian().rejected()) {
            return ApiResponse.dianRejection(document.dian().errorsByRule());
        }
        return ApiResponse.created("Documento con el código de referencia " + document.referenceCode()
                + " registrado y validado con éxito", answer.apply(document));
    }

    /** A public link to a new document; the token is opaque upstream (§3.3): 64 random hex chars. */
    protected final String publicUrl(String path) {
        byte[] token = new byte[32];
        ThreadLocalRandom.current().nextBytes(token);
        return account.baseUrl() + "/documents/" + path + "/" + HexFormat.of().formatHex(token);
    }

    private Issuance issuance(long id, D draft, DocumentTotals totals, String counterpartId, ZonedDateTime now) {
        // A new document only: a resend of a stored reference consumes nothing (§10.3, §9.2; 402 is D).
        String refusal = account.subscription().refusal(counters.documentsCreatedTotal());
        if (refusal != null) {
            throw new ApiException(ApiResponse.of(402, Json.obj("status", "Payment Required", "message", refusal)));
        }
        NumberingRange range = account.ranges().get(draft.numberingRangeId());
        long consecutive = range == null ? -1 : range.takeConsecutive();
        if (consecutive < 0) {
            throw new ApiException(ApiResponse.fieldError("numbering_range_id",
                    "El rango de numeración ha alcanzado su número final."));
        }
        Company company = account.company();
        String number = range.prefix() + consecutive;
        String fileName = kind.fileName(company.nit(), now.getYear(), store.nextFileSequence(now.getYear()));
        return new Issuance(id, number, range, company, now,
                uniqueCode(number, now, totals, company.nit(), counterpartId, range), fileName, judge(dian, draft));
    }

    /**
     * The CUFE of a bill hashes its range's technical key; a note's CUDE and a support document's CUDS hash the
     * software PIN in its place (§12.1).
     */
    private String uniqueCode(String number, ZonedDateTime now, DocumentTotals totals, String companyNit,
            String counterpartId, NumberingRange range) {
        return switch (kind) {
            case INVOICE -> Cufe.compute(number, now, totals, companyNit, counterpartId,
                    Objects.toString(range.technicalKey(), ""));
            case CREDIT_NOTE, DEBIT_NOTE -> Cufe.compute(number, now, totals, companyNit, counterpartId,
                    Cufe.EMULATOR_SOFTWARE_PIN);
            case SUPPORT_DOCUMENT, ADJUSTMENT_NOTE -> Cufe.cuds(number, now, totals, counterpartId, companyNit);
        };
    }
}
