package co.factusapi.emulator.creditnotes;

import co.factusapi.emulator.bills.Bill;
import co.factusapi.emulator.bills.BillStore;
import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.NumberingRanges;
import co.factusapi.emulator.document.AllowanceCharge;
import co.factusapi.emulator.document.BillingPeriod;
import co.factusapi.emulator.document.DocumentFields;
import co.factusapi.emulator.document.FieldReader;
import co.factusapi.emulator.document.PaymentDetail;
import co.factusapi.emulator.document.V2Customer;
import co.factusapi.emulator.document.V2Fields;
import co.factusapi.emulator.document.V2Item;
import co.factusapi.emulator.document.V2Totals;
import co.factusapi.emulator.http.ApiException;
import co.factusapi.emulator.http.ApiResponse;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Validation of a {@code POST /v2/credit-notes/validate} body (v2 contract §7.1), every error at once as a Laravel 422
 * keyed by v2 field paths. The corrected bill is named by its NUMBER ({@code bill_number}, which replaced v1's
 * {@code bill_id}); {@code customization_id} defaults to 20; without a bill (22) the billing period and the customer
 * are required. Σ {@code payment_details[].amount} must equal the note's total plus {@code cash_rounding_amount}, as for
 * bills (§3.2; the credit-note table lists neither {@code send_email} nor {@code cash_rounding_amount}, §14 Q15: both
 * are accepted, the safest reading for a client that sends them).
 */
final class V2CreditNoteValidator {
    private static final String REFERENCES_A_BILL = "20";
    private static final String WITHOUT_A_BILL = "22";

    private final NumberingRanges ranges;
    private final BillStore bills;

    V2CreditNoteValidator(NumberingRanges ranges, BillStore bills) {
        this.ranges = ranges;
        this.bills = bills;
    }

    record Validated(V2CreditNoteDraft draft, Bill bill, V2Totals totals) {
    }

    Validated validate(JsonNode body) {
        FieldReader in = new FieldReader();
        int rangeId = DocumentFields.numberingRange(in, body, ranges, NumberingRanges.CREDIT_NOTE);
        String reference = in.text(body, "reference_code", "reference_code", true);
        String concept = V2Fields.requiredCode(in, body, "correction_concept_code",
                Catalog.CORRECTION_CONCEPTS.keySet());
        String customization = in.stringCode(body, "customization_id", "customization_id",
                Catalog.CREDIT_NOTE_CUSTOMIZATIONS.keySet(), REFERENCES_A_BILL);
        Bill bill = bill(in, body, customization);
        BillingPeriod period = billingPeriod(in, body, customization);
        String observation = DocumentFields.observation(in, body);
        Boolean sendEmail = in.flag(body, "send_email", "send_email", false);
        V2Fields.establishment(in, body.get("establishment"));
        V2Customer customer = customer(in, body.get("customer"), bill);
        List<V2Item> items = V2Fields.items(in, body.get("items"));
        List<AllowanceCharge> charges = DocumentFields.allowanceCharges(in, body.get("allowance_charges"));
        BigDecimal cashRounding = V2Fields.cashRounding(in, body);
        List<PaymentDetail> payments = V2Fields.payments(in, body.get("payment_details"));
        if (in.hasErrors()) {
            throw new ApiException(ApiResponse.validationError(in.errors()));
        }
        V2Totals totals = V2Totals.of(items, charges);
        V2Fields.checkPaymentsAddUp(in, payments, cashRounding, totals.totals().total(), "nota crédito");
        if (in.hasErrors()) {
            throw new ApiException(ApiResponse.validationError(in.errors()));
        }
        V2CreditNoteDraft draft = new V2CreditNoteDraft(rangeId, reference, concept, customization,
                bill == null ? null : bill.number(), payments, cashRounding, observation,
                sendEmail == null || sendEmail, period, DocumentFields.object(body.get("establishment")), customer,
                items, charges);
        return new Validated(draft, bill, totals);
    }

    /**
     * The NUMBER of one of the account's bills validated by DIAN, issued through v1 or v2 (§7.1: "bill_number" replaced
     * v1's "bill_id"; one sentence on the page still says bill_id, which the emulator does not take). Required unless
     * customization is 22; with 22 a bill number, when sent, is still checked.
     */
    private Bill bill(FieldReader in, JsonNode body, String customization) {
        String number = in.text(body, "bill_number", "bill_number", false);
        if (number == null) {
            if (!WITHOUT_A_BILL.equals(customization)) {
                in.fail("bill_number", "El campo bill_number es obligatorio.");
            }
            return null;
        }
        Bill bill = bills.findByNumber(number.trim());
        if (bill == null || !bill.dian().validated()) {
            in.invalid("bill_number");
            return null;
        }
        return bill;
    }

    private static BillingPeriod billingPeriod(FieldReader in, JsonNode body, String customization) {
        JsonNode node = body.get("billing_period");
        if (WITHOUT_A_BILL.equals(customization) && !FieldReader.present(node)) {
            in.fail("billing_period", "El campo billing_period es obligatorio cuando customization_id es 22.");
        }
        return DocumentFields.billingPeriod(in, node);
    }

    /** Omitted, Factus copies the referenced bill's customer (§7.1); without a bill it is required. */
    private static V2Customer customer(FieldReader in, JsonNode node, Bill bill) {
        if (!FieldReader.present(node)) {
            if (bill != null) {
                return bill.v2Customer();
            }
            if (!in.errors().containsKey("bill_number")) {
                in.fail("customer", "El campo customer es obligatorio.");
            }
            return null;
        }
        return V2Fields.customer(in, node);
    }
}
