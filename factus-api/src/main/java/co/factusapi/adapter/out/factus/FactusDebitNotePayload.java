package co.factusapi.adapter.out.factus;

import co.factusapi.domain.debitnote.DebitNoteRequest;
import co.factusapi.domain.numbering.RangeDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /v2/debit-notes/validate}. Factus documents debit notes only in v2 (docs/factus-upstream.md
 * §5); v2 takes the same OAuth token, so a v1 account sends them there, in the v2 shape: the bill by its number, DIAN
 * codes, net prices with {@code taxes[]}, and {@code payment_details[]}.
 */
final class FactusDebitNotePayload {
    /** Customization 30: "Nota Débito que referencia una factura electrónica" (32 would be without reference). */
    private static final String REFERENCES_A_BILL = "30";
    private static final String CASH = "10";
    private static final String PAID_AT_ONCE = "1";
    private final FactusClient client;
    private final FactusCatalog catalog;

    FactusDebitNotePayload(FactusClient client, FactusCatalog catalog) {
        this.client = client;
        this.catalog = catalog;
    }

    Map<String, Object> of(DebitNoteRequest request) {
        JsonNode bill = FactusDocumentProvider.stored(client, FactusEndpoints.BILLS, request.invoiceNumber());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference_code", request.referenceCode());
        body.put("correction_concept_code", request.correctionConcept().dianCode());
        body.put("customization_id", REFERENCES_A_BILL);
        body.put("bill_number", request.invoiceNumber());
        body.put("numbering_range_id", catalog.rangeId(RangeDocument.DEBIT_NOTE, request.numberingRangePrefix()));
        body.put("payment_details", List.of(Map.of(
                "payment_form", bill.path("payment_form").path("code").asString(PAID_AT_ONCE),
                "payment_method_code", bill.path("payment_method").path("code").asString(CASH),
                "amount", FactusV2Lines.total(request.items()).toPlainString())));
        if (request.sendEmail() != null) {
            body.put("send_email", request.sendEmail());
        }
        if (request.observation() != null && !request.observation().isBlank()) {
            body.put("observation", request.observation());
        }
        // The customer is left out: Factus copies it from the referenced bill.
        body.put("items", FactusV2Lines.items(request.items()));
        return body;
    }
}
