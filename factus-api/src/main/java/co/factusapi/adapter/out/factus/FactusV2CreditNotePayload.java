package co.factusapi.adapter.out.factus;

import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.numbering.RangeDocument;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /v2/credit-notes/validate} (docs/factus-upstream.md §15; contract §7.1) from a canonical
 * credit note: the corrected bill by its <b>number</b> ({@code bill_number}, v1 sent Factus's internal
 * {@code bill_id}), customization {@code "20"} (references a bill), the DIAN correction concept, and the lines as
 * bills send them in v2: net prices with {@code taxes[]} converted by {@link FactusV2Amounts}, so the note's base,
 * taxes and total are v1's to the cent. The body is the one debit notes take too ({@link FactusV2BillNoteBody}).
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
    private final FactusV2BillNoteBody notes;

    /**
     * {@code rangeIds}: the account's range id for a document and prefix; {@code bills}: the {@code data} of
     * {@code GET /v2/bills/{number}}.
     */
    FactusV2CreditNotePayload(BiFunction<RangeDocument, String, Long> rangeIds, Function<String, JsonNode> bills) {
        this.notes = new FactusV2BillNoteBody(rangeIds, bills, RangeDocument.CREDIT_NOTE, REFERENCES_A_BILL);
    }

    Map<String, Object> of(CreditNoteRequest request) {
        return notes.of(new FactusV2BillNoteBody.Note(request.invoiceNumber(),
                Integer.toString(FactusCreditNotePayload.correctionConceptCode(request.correctionConcept())),
                request.referenceCode(), request.numberingRangePrefix(), request.sendEmail(), request.observation(),
                request.items()));
    }
}
