package co.factusapi.adapter.out.factus;

import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.numbering.RangeDocument;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The body of a v2 note that corrects a bill: credit notes (contract §7.1) and debit notes (§7.2, "same structure as
 * credit notes") differ only in their range document, customization and concept codes. The bill goes by its number,
 * the payment takes the bill's form and method ({@link FactusV2Payments}) for v1's total, and the lines are converted
 * by {@link FactusV2Amounts}, so the note's base, taxes and total are v1's to the cent; {@code cash_rounding_amount} is
 * always sent, "0.00" unless a cent of v1's total cannot be matched (Σ payments = total + rounding, Q7). The customer
 * is left out: Factus copies it from the referenced bill (§7.1 "If omitted, copied").
 */
final class FactusV2BillNoteBody {
    private final BiFunction<RangeDocument, String, Long> rangeIds;
    private final Function<String, JsonNode> bills;
    private final RangeDocument rangeDocument;
    private final String customization;

    /**
     * {@code rangeIds}: the account's range id for a document and prefix; {@code bills}: the {@code data} of
     * {@code GET /v2/bills/{number}}; {@code rangeDocument} and {@code customization}: the note kind's.
     */
    FactusV2BillNoteBody(BiFunction<RangeDocument, String, Long> rangeIds, Function<String, JsonNode> bills,
                         RangeDocument rangeDocument, String customization) {
        this.rangeIds = rangeIds;
        this.bills = bills;
        this.rangeDocument = rangeDocument;
        this.customization = customization;
    }

    /** A canonical note in the terms both kinds share; {@code conceptCode} is the kind's DIAN concept code. */
    record Note(String billNumber, String conceptCode, String referenceCode, String rangePrefix, Boolean sendEmail,
                String observation, List<DocumentLine> items) {
    }

    Map<String, Object> of(Note note) {
        FactusV2BillPayload.requireV2Vocabulary(note.items());
        FactusV2Amounts.Bill amounts = FactusV2Amounts.of(note.items(), BigDecimal.ZERO);
        JsonNode bill = bills.apply(note.billNumber());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference_code", note.referenceCode());
        body.put("correction_concept_code", note.conceptCode());
        body.put("customization_id", customization);
        body.put("bill_number", note.billNumber());
        body.put("numbering_range_id", rangeIds.apply(rangeDocument, note.rangePrefix()));
        body.put("payment_details", List.of(FactusV2Payments.of(bill, amounts.payable())));
        body.put("cash_rounding_amount", FactusV2BillPayload.text(amounts.cashRounding()));
        FactusBillPayload.putIfPresent(body, "send_email", note.sendEmail());
        FactusBillPayload.putIfPresent(body, "observation", note.observation());
        body.put("items", amounts.lines().stream().map(FactusV2BillPayload::item).toList());
        return body;
    }
}
