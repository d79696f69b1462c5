package co.factusapi.emulator.adjustmentnotes;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.NumberingRanges;
import co.factusapi.emulator.document.DocumentFields;
import co.factusapi.emulator.document.DocumentStore;
import co.factusapi.emulator.document.FieldReader;
import co.factusapi.emulator.document.Item;
import co.factusapi.emulator.http.ApiException;
import co.factusapi.emulator.http.ApiResponse;
import co.factusapi.emulator.supportdocs.Provider;
import co.factusapi.emulator.supportdocs.ProviderFields;
import co.factusapi.emulator.supportdocs.SupportDocument;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Validation of an adjustment note (docs/factus-upstream.md §7): a range with document 25, the Factus id of one of
 * the account's validated support documents, reason 1–5; the provider defaults to the support document's.
 */
final class AdjustmentNoteValidator {
    private final NumberingRanges ranges;
    private final DocumentStore<SupportDocument> supportDocuments;

    AdjustmentNoteValidator(NumberingRanges ranges, DocumentStore<SupportDocument> supportDocuments) {
        this.ranges = ranges;
        this.supportDocuments = supportDocuments;
    }

    record Validated(AdjustmentNoteDraft draft, SupportDocument supportDocument) {
    }

    Validated validate(JsonNode body) {
        FieldReader in = new FieldReader();
        int rangeId = DocumentFields.numberingRange(in, body, ranges, NumberingRanges.ADJUSTMENT_NOTE);
        SupportDocument supportDocument = supportDocument(in, body);
        String concept = null;
        if (!FieldReader.present(body.get("correction_concept_code"))) {
            in.fail("correction_concept_code", "El campo correction_concept_code es obligatorio.");
        } else {
            concept = in.stringCode(body, "correction_concept_code", "correction_concept_code",
                    Catalog.ADJUSTMENT_CONCEPTS.keySet(), null);
        }
        String reference = in.text(body, "reference_code", "reference_code", true);
        String paymentMethod = in.stringCode(body, "payment_method_code", "payment_method_code",
                Catalog.PAYMENT_METHODS.keySet(), "10");
        String observation = DocumentFields.observation(in, body);
        Provider provider = provider(in, body, supportDocument);
        List<Item> items = DocumentFields.untaxedItems(in, body.get("items"));
        if (in.hasErrors()) {
            throw new ApiException(ApiResponse.validationError(in.errors()));
        }
        AdjustmentNoteDraft draft = new AdjustmentNoteDraft(rangeId, reference, supportDocument.id(), concept,
                paymentMethod, observation, provider, items);
        return new Validated(draft, supportDocument);
    }

    /** Unknown, another account's (none here) or not validated by DIAN: "es inválido", like credit notes' bill_id. */
    private SupportDocument supportDocument(FieldReader in, JsonNode body) {
        Integer id = in.integer(body, "support_document_id", "support_document_id", true);
        if (id == null) {
            return null;
        }
        SupportDocument document = supportDocuments.byId(id);
        if (document == null || !document.dian().validated()) {
            in.invalid("support_document_id");
            return null;
        }
        return document;
    }

    /** The v1 field table has no provider; the v2 one does, and omitted it is copied, as for credit notes (§7, C). */
    private static Provider provider(FieldReader in, JsonNode body, SupportDocument supportDocument) {
        if (!FieldReader.present(body.get("provider")) && supportDocument != null) {
            return supportDocument.provider();
        }
        if (!FieldReader.present(body.get("provider")) && in.errors().containsKey("support_document_id")) {
            return null;
        }
        return ProviderFields.provider(in, body);
    }
}
