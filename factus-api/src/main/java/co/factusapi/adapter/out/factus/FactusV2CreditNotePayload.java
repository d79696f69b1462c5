package co.factusapi.adapter.out.factus;

import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.numbering.RangeDocument;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /v2/credit-notes/validate} (docs/factus-upstream.md §15; contract §7.1) from a canonical
 * credit note: the corrected bill by its <b>number</b> ({@code bill_number}, v1 sent Factus's internal
 * {@code bill_id}), customization {@code "20"} (references a bill), the DIAN correction concept, and the lines as
 * bills send them in v2: net prices with {@code taxes[]} converted by {@link FactusV2Amounts}, so the note's base,
 * taxes and total are v1's to the cent.
 *
 * <p>Choices where the contract leaves a question open (§14):
 * <ul>
 * <li>The customer is left out: Factus copies it from the referenced bill (§7.1 "If omitted, copied").</li>
 * <li>{@code cash_rounding_amount} and {@code send_email} are missing from the v2 credit-note table but present in its
 * example (Q15: send the example's fields). {@code cash_rounding_amount} is always sent, "0.00" unless a cent of v1's
 * total cannot be matched, so Σ payments = total + rounding holds as on bills (Q7).</li>
 * <li>The payment takes the bill's form and method ({@link FactusV2Payments}), read from {@code GET /v2/bills/{number}}
 * (one idempotent read; v1 read the bill too, for its id).</li>
 * <li>{@code other} is sent as concept "5", as on v1, although v2 names 5 "descuento por pronto pago": DIAN's table
 * has no generic "other" ({@link FactusCreditNotePayload#correctionConceptCode}).</li>
 * </ul>
 */
final class FactusV2CreditNotePayload {
    /** Customization 20: "Nota Crédito que referencia una factura electrónica" (22 would be without reference). */
    private static final String REFERENCES_A_BILL = "20";
    private final BiFunction<RangeDocument, String, Long> rangeIds;
    private final Function<String, JsonNode> bills;

    /**
     * {@code rangeIds}: the account's range id for a document and prefix; {@code bills}: the {@code data} of
     * {@code GET /v2/bills/{number}}.
     */
    FactusV2CreditNotePayload(BiFunction<RangeDocument, String, Long> rangeIds, Function<String, JsonNode> bills) {
        this.rangeIds = rangeIds;
        this.bills = bills;
    }

    Map<String, Object> of(CreditNoteRequest request) {
        FactusV2BillPayload.requireV2Vocabulary(request.items());
        FactusV2Amounts.Bill amounts = FactusV2Amounts.of(request.items(), BigDecimal.ZERO);
        JsonNode bill = bills.apply(request.invoiceNumber());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference_code", request.referenceCode());
        body.put("correction_concept_code",
                Integer.toString(FactusCreditNotePayload.correctionConceptCode(request.correctionConcept())));
        body.put("customization_id", REFERENCES_A_BILL);
        body.put("bill_number", request.invoiceNumber());
        body.put("numbering_range_id", rangeIds.apply(RangeDocument.CREDIT_NOTE, request.numberingRangePrefix()));
        body.put("payment_details", List.of(FactusV2Payments.of(bill, amounts.payable())));
        body.put("cash_rounding_amount", FactusV2BillPayload.text(amounts.cashRounding()));
        FactusBillPayload.putIfPresent(body, "send_email", request.sendEmail());
        FactusBillPayload.putIfPresent(body, "observation", request.observation());
        body.put("items", amounts.lines().stream().map(FactusV2BillPayload::item).toList());
        return body;
    }
}
