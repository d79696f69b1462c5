package co.factusapi.emulator.supportdocs;

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
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /v1/support-documents/validate}: validate, number in the document-24 range, CUDS, ask the simulated
 * DIAN, store (docs/factus-upstream.md §6). The statuses of §3.5 apply: a rejection is a 422 and the document stays
 * held; a slow DIAN answers 201 with status 0 and the same reference sent again validates it.
 */
final class SupportDocumentIssuer {
    private final SupportDocumentValidator validator;
    private final DocumentStore<SupportDocument> store;
    private final DianSimulator dian;
    private final Account account;
    private final Clock clock;
    private final Counters counters;

    SupportDocumentIssuer(DocumentStore<SupportDocument> store, DianSimulator dian, Account account, Clock clock,
            Counters counters) {
        this.validator = new SupportDocumentValidator(account.ranges());
        this.store = store;
        this.dian = dian;
        this.account = account;
        this.clock = clock;
        this.counters = counters;
    }

    ApiResponse validate(JsonNode body) {
        SupportDocumentDraft draft = validator.validate(body);
        DocumentTotals totals = DocumentTotals.of(draft.items(), List.of());
        ZonedDateTime now = ColombiaTime.now(clock);
        DocumentStore.Registration<SupportDocument> registration = store.register(draft.referenceCode(), now,
                id -> newDocument(id, draft, totals, now));
        SupportDocument document = registration.document();
        if (registration.created()) {
            counters.documentCreated("support_documents");
        }
        if (document.dian().rejected()) {
            return ApiResponse.dianRejection(document.dian().errorsByRule());
        }
        return ApiResponse.created("Documento con el código de referencia " + document.referenceCode()
                + " registrado y validado con éxito", SupportDocumentJson.full(document));
    }

    private SupportDocument newDocument(long id, SupportDocumentDraft draft, DocumentTotals totals,
            ZonedDateTime now) {
        NumberingRange range = account.ranges().get(draft.numberingRangeId());
        long consecutive = range == null ? -1 : range.takeConsecutive();
        if (consecutive < 0) {
            throw new ApiException(ApiResponse.fieldError("numbering_range_id",
                    "El rango de numeración ha alcanzado su número final."));
        }
        Company company = account.company();
        String number = range.prefix() + consecutive;
        String cuds = Cufe.cuds(number, now, totals, draft.provider().identification(), company.nit());
        String fileName = DocumentKind.SUPPORT_DOCUMENT.fileName(company.nit(), now.getYear(),
                store.nextFileSequence(now.getYear()));
        return new SupportDocument(new Issuance(id, number, range, company, now, cuds, fileName, dian.judge()), draft,
                totals);
    }
}
