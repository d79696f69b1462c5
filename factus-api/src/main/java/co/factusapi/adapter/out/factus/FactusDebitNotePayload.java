package co.factusapi.adapter.out.factus;

import co.factusapi.domain.debitnote.DebitNoteRequest;
import co.factusapi.domain.numbering.RangeDocument;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /v2/debit-notes/validate} for every account. Factus documents debit notes only in v2
 * (docs/factus-upstream.md §5); v2 takes the same OAuth token, so a v1 account sends them there too, in the v2 shape
 * credit notes take (contract §7.2, {@link FactusV2BillNoteBody}): the bill by its number, customization
 * {@code "30"}, the DIAN concept 1–4 as a string, and the lines converted by {@link FactusV2Amounts} (net prices,
 * {@code taxes[]}, {@code discount_amount} where a base does not divide, {@code cash_rounding_amount}), so the note's
 * base, taxes and total are what v1 would compute from our tax-inclusive lines, to the cent.
 *
 * <p>The bill is read from {@code GET /v2/bills/{number}} whatever the account's version: the note itself is a v2
 * call on the same token, and only v2's answer carries the payment as a v2 note needs it, due date included (v1's
 * show has it apart, as {@code payment_due_date}, and a credit payment without its due date is refused, §5.1).
 */
final class FactusDebitNotePayload {
    /** Customization 30: "Nota Débito que referencia una factura electrónica" (32 would be without reference). */
    private static final String REFERENCES_A_BILL = "30";
    private final FactusV2BillNoteBody notes;

    /**
     * {@code rangeIds}: the account's range id for a document and prefix; {@code bills}: the {@code data} of
     * {@code GET /v2/bills/{number}}.
     */
    FactusDebitNotePayload(BiFunction<RangeDocument, String, Long> rangeIds, Function<String, JsonNode> bills) {
        this.notes = new FactusV2BillNoteBody(rangeIds, bills, RangeDocument.DEBIT_NOTE, REFERENCES_A_BILL);
    }

    Map<String, Object> of(DebitNoteRequest request) {
        return notes.of(new FactusV2BillNoteBody.Note(request.invoiceNumber(),
                request.correctionConcept().dianCode(), request.referenceCode(), request.numberingRangePrefix(),
                request.sendEmail(), request.observation(), request.items()));
    }
}
