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
final class SupportDocumentIssuer extends DocumentIssuer<SupportDocumentRequest, SupportDocument> {
    private final SupportDocumentValidator validator;
    private final V2SupportDocumentValidator v2Validator;

    SupportDocumentIssuer(DocumentStore<SupportDocument> store, DianSimulator dian, Account account, Clock clock,
            Counters counters) {
        super(DocumentKind.SUPPORT_DOCUMENT, "support_documents", store, dian, account, clock, counters);
        this.validator = new SupportDocumentValidator(account.ranges());
        this.v2Validator = new V2SupportDocumentValidator(account.ranges());
    }

    ApiResponse validate(JsonNode body) {
        SupportDocumentDraft draft = validator.validate(body);
        DocumentTotals totals = DocumentTotals.of(draft.items(), List.of());
        return issue(draft, totals, draft.provider().identification(),
                issuance -> new SupportDocument(issuance, draft, totals));
    }

    /** {@code POST /v2/support-documents/validate} (v2 contract §7.3): the v1 store, range, CUDS and DIAN rules. */
    ApiResponse validateV2(JsonNode body) {
        V2SupportDocumentValidator.Validated validated = v2Validator.validate(body);
        V2SupportDocumentDraft draft = validated.draft();
        return issue(draft, validated.totals().totals(), draft.provider().identification(),
                issuance -> new SupportDocument(issuance, draft, validated.totals()), SupportDocumentV2Json::full);
    }

    @Override
    protected Object toJson(SupportDocument document) {
        return SupportDocumentJson.full(document);
    }
}
