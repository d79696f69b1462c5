package co.factusapi.emulator.adjustmentnotes;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.NumberingRanges;
import co.factusapi.emulator.document.DocumentFields;
import co.factusapi.emulator.document.DocumentStore;
import co.factusapi.emulator.document.FieldReader;
import co.factusapi.emulator.document.PaymentDetail;
import co.factusapi.emulator.document.V2Fields;
import co.factusapi.emulator.document.V2Item;
import co.factusapi.emulator.document.V2Totals;
import co.factusapi.emulator.http.ApiException;
import co.factusapi.emulator.http.ApiResponse;
import co.factusapi.emulator.supportdocs.SupportDocument;
import co.factusapi.emulator.supportdocs.V2Provider;
import co.factusapi.emulator.supportdocs.V2ProviderFields;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Validation of a {@code POST /v2/adjustment-notes/validate} body (v2 contract §7.4), every error at once as a Laravel
 * 422 keyed by v2 field paths: a range with document 25, {@code support_document_number} of one of the account's
 * validated support documents (issued through v1 or v2), reason 1–5, the provider (copied from the support document
 * when omitted, as for credit notes' customer, C), items as support documents' (optional IVA only), payments adding up
 * to the total plus cash rounding (§14 Q7, as support documents).
 */
final class V2AdjustmentNoteValidator {
    private static final Set<String> TAX_CODES = Set.of("01");

    private final NumberingRanges ranges;
    private final DocumentStore<SupportDocument> supportDocuments;

    V2AdjustmentNoteValidator(NumberingRanges ranges, DocumentStore<SupportDocument> supportDocuments) {
        this.ranges = ranges;
        this.supportDocuments = supportDocuments;
    }

    record Validated(V2AdjustmentNoteDraft draft, SupportDocument supportDocument, V2Totals totals) {
    }

    Validated validate(JsonNode body) {
        FieldReader in = new FieldReader();
        int rangeId = DocumentFields.numberingRange(in, body, ranges, NumberingRanges.ADJUSTMENT_NOTE);
        String reference = in.text(body, "reference_code", "reference_code", true);
        SupportDocument supportDocument = supportDocument(in, body);
        String concept = V2Fields.requiredCode(in, body, "correction_concept_code",
                Catalog.ADJUSTMENT_CONCEPTS.keySet());
        String observation = DocumentFields.observation(in, body);
        V2Provider provider = provider(in, body, supportDocument);
        List<V2Item> items = V2Fields.items(in, body.get("items"), TAX_CODES, false);
        BigDecimal cashRounding = V2Fields.cashRounding(in, body);
        List<PaymentDetail> payments = V2Fields.payments(in, body.get("payment_details"));
        if (in.hasErrors()) {
            throw new ApiException(ApiResponse.validationError(in.errors()));
        }
        V2Totals totals = V2Totals.of(items, List.of());
        V2Fields.checkPaymentsAddUp(in, payments, cashRounding, totals.totals().total(), "nota de ajuste");
        if (in.hasErrors()) {
            throw new ApiException(ApiResponse.validationError(in.errors()));
        }
        V2AdjustmentNoteDraft draft = new V2AdjustmentNoteDraft(rangeId, reference, supportDocument.number(),
                concept, observation, payments, cashRounding, provider, items);
        return new Validated(draft, supportDocument, totals);
    }

    /** Unknown or not validated by DIAN: "es inválido", like the v1 note's support_document_id. */
    private SupportDocument supportDocument(FieldReader in, JsonNode body) {
        String number = in.text(body, "support_document_number", "support_document_number", true);
        if (number == null) {
            return null;
        }
        SupportDocument document = supportDocuments.findByNumber(number.trim());
        if (document == null || !document.dian().validated()) {
            in.invalid("support_document_number");
            return null;
        }
        return document;
    }

    private static V2Provider provider(FieldReader in, JsonNode body, SupportDocument supportDocument) {
        if (!FieldReader.present(body.get("provider"))) {
            if (supportDocument != null) {
                return supportDocument.v2Provider();
            }
            if (in.errors().containsKey("support_document_number")) {
                return null;
            }
        }
        return V2ProviderFields.provider(in, body.get("provider"));
    }
}
