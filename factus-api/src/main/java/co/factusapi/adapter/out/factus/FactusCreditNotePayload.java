package co.factusapi.adapter.out.factus;

import co.factusapi.domain.creditnote.CreditNoteConcept;
import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.numbering.RangeDocument;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The body of {@code POST /v1/credit-notes/validate} (docs/factus-upstream.md §4). */
final class FactusCreditNotePayload {
    /** Customization 20: "Nota Crédito que referencia una factura electrónica" (22 would be without reference). */
    private static final int REFERENCES_A_BILL = 20;
    private static final String CASH = "10";
    private final FactusClient client;
    private final FactusCatalog catalog;
    private final FactusBillPayload lines;

    FactusCreditNotePayload(FactusClient client, FactusCatalog catalog) {
        this.client = client;
        this.catalog = catalog;
        this.lines = new FactusBillPayload(catalog);
    }

    Map<String, Object> of(CreditNoteRequest request) {
        JsonNode bill = FactusDocumentProvider.stored(client, FactusEndpoints.BILLS, request.invoiceNumber());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("numbering_range_id", catalog.rangeId(RangeDocument.CREDIT_NOTE, request.numberingRangePrefix()));
        body.put("correction_concept_code", correctionConceptCode(request.correctionConcept()));
        body.put("customization_id", REFERENCES_A_BILL);
        body.put("bill_id", bill.path("id").asLong());
        body.put("reference_code", request.referenceCode());
        body.put("payment_method_code", bill.path("payment_method").path("code").asString(CASH));
        if (request.sendEmail() != null) {
            body.put("send_email", request.sendEmail());
        }
        if (request.observation() != null && !request.observation().isBlank()) {
            body.put("observation", request.observation());
        }
        // The customer is left out: Factus copies it from the referenced bill. bill_id is the bill's Factus id, not
        // its number, so the bill is read at credit time (one idempotent GET, no provider id in our ledger); the note
        // takes the bill's payment method as DIAN expects.
        body.put("items", lines.items(request.items()));
        return body;
    }

    /**
     * DIAN concepts 1 devolución parcial, 2 anulación, 3 rebaja o descuento, 4 ajuste de precio. {@code other} is
     * sent as 5, as the original service did, although Factus names 5 "descuento comercial por pronto pago" (and 6
     * "por volumen de ventas"): DIAN's table has no generic "other".
     */
    static int correctionConceptCode(CreditNoteConcept concept) {
        return switch (concept) {
            case PARTIAL_RETURN -> 1;
            case CANCELLATION -> 2;
            case DISCOUNT -> 3;
            case PRICE_ADJUSTMENT -> 4;
            case OTHER -> 5;
        };
    }
}
