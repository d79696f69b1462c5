package co.factusapi.emulator.supportdocs;

import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.control.Counters;
import co.factusapi.emulator.document.DianSimulator;
import co.factusapi.emulator.document.DocumentIssuer;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentStore;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.http.ApiResponse;
import java.time.Clock;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /v1/support-documents/validate}: validate, number in the document-24 range, CUDS, ask the simulated
 * DIAN, store (docs/factus-upstream.md §6).
 */
final class SupportDocumentIssuer extends DocumentIssuer<SupportDocumentDraft, SupportDocument> {
    private final SupportDocumentValidator validator;

    SupportDocumentIssuer(DocumentStore<SupportDocument> store, DianSimulator dian, Account account, Clock clock,
            Counters counters) {
        super(DocumentKind.SUPPORT_DOCUMENT, "support_documents", store, dian, account, clock, counters);
        this.validator = new SupportDocumentValidator(account.ranges());
    }

    ApiResponse validate(JsonNode body) {
        SupportDocumentDraft draft = validator.validate(body);
        DocumentTotals totals = DocumentTotals.of(draft.items(), List.of());
        return issue(draft, totals, draft.provider().identification(),
                issuance -> new SupportDocument(issuance, draft, totals));
    }

    @Override
    protected Object toJson(SupportDocument document) {
        return SupportDocumentJson.full(document);
    }
}
