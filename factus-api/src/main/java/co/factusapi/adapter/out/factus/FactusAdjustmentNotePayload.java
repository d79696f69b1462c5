package co.factusapi.adapter.out.factus;

import co.factusapi.domain.adjustmentnote.AdjustmentNoteRequest;
import co.factusapi.domain.numbering.RangeDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The body of {@code POST /v1/adjustment-notes/validate} (docs/factus-upstream.md §7). */
final class FactusAdjustmentNotePayload {
    private static final String CASH = "10";
    private final FactusClient client;
    private final FactusCatalog catalog;
    private final FactusBillPayload lines;

    FactusAdjustmentNotePayload(FactusClient client, FactusCatalog catalog) {
        this.client = client;
        this.catalog = catalog;
        this.lines = new FactusBillPayload(catalog);
    }

    Map<String, Object> of(AdjustmentNoteRequest request) {
        FactusSupportDocumentPayload.requireUntaxed(request.items());
        JsonNode supportDocument = FactusDocumentProvider.stored(client, FactusEndpoints.SUPPORT_DOCUMENTS,
                request.supportDocumentNumber());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference_code", request.referenceCode());
        body.put("numbering_range_id", catalog.rangeId(RangeDocument.SUPPORT_DOCUMENT_ADJUSTMENT,
                request.numberingRangePrefix()));
        body.put("payment_method_code", supportDocument.path("payment_method").path("code").asString(CASH));
        body.put("support_document_id", supportDocument.path("id").asLong());
        body.put("correction_concept_code", Integer.parseInt(request.correctionConcept().dianCode()));
        if (request.observation() != null && !request.observation().isBlank()) {
            body.put("observation", request.observation());
        }
        List<Map<String, Object>> items = lines.items(request.items());
        items.forEach(item -> FactusSupportDocumentPayload.TAX_FIELDS.forEach(item::remove));
        body.put("items", items);
        return body;
    }
}
