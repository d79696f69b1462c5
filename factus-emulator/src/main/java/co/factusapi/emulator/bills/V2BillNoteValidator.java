package co.factusapi.emulator.bills;

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
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Validation of a v2 note that corrects a bill: a credit note (v2 contract §7.1) or a debit note (§7.2), which take
 * the same body. Every error at once as a Laravel 422 keyed by v2 field paths
 * ({@code customer.identification_document_code}, {@code items.0.taxes.0.code}, {@code payment_details.0.amount});
 * codes are DIAN codes, amounts and quantities strings or numbers. The corrected bill is named by its NUMBER ({@code bill_number}, which replaced v1's {@code bill_id}; one
 * sentence of the credit-note page still says bill_id, which the emulator does not take); without a bill (the kind's
 * customization "without a bill") the billing period and the customer are required. Σ
 * {@code payment_details[].amount} must equal the note's total plus {@code cash_rounding_amount}, as for bills (§3.2;
 * the credit-note table lists neither {@code send_email} nor {@code cash_rounding_amount}, §14 Q15: both are accepted,
 * the safest reading for a client that sends them).
 */
public final class V2BillNoteValidator<D> {
    private final NumberingRanges ranges;
    private final BillStore bills;
    private final Kind kind;
    private final Drafts<D> drafts;

    public V2BillNoteValidator(NumberingRanges ranges, BillStore bills, Kind kind, Drafts<D> drafts) {
        this.ranges = ranges;
        this.bills = bills;
        this.kind = kind;
        this.drafts = drafts;
    }

    /**
     * What tells the two kinds apart: the numbering-range document, the concept and customization codes, the
     * customization that references a bill (the default) and the one without a bill, the note's name in messages.
     */
    public record Kind(String rangeDocument, Set<String> concepts, Set<String> customizations, String referencesABill,
                       String withoutABill, String label) {
    }

    /** The kind's draft from the validated fields (the drafts' canonical constructors). */
    @FunctionalInterface
    public interface Drafts<D> {
        D draft(int numberingRangeId, String referenceCode, String correctionConceptCode, String customizationId,
                String billNumber, List<PaymentDetail> paymentDetails, BigDecimal cashRounding, String observation,
                boolean sendEmail, BillingPeriod billingPeriod, Map<String, Object> establishment,
                V2Customer customer, List<V2Item> items, List<AllowanceCharge> allowanceCharges);
    }

    public record Validated<D>(D draft, Bill bill, V2Totals totals) {
    }

    public Validated<D> validate(JsonNode body) {
        FieldReader in = new FieldReader();
        int rangeId = DocumentFields.numberingRange(in, body, ranges, kind.rangeDocument());
        String reference = in.text(body, "reference_code", "reference_code", true);
        String concept = V2Fields.requiredCode(in, body, "correction_concept_code", kind.concepts());
        String customization = in.stringCode(body, "customization_id", "customization_id", kind.customizations(),
                kind.referencesABill());
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
        V2Fields.checkPaymentsAddUp(in, payments, cashRounding, totals.totals().total(), kind.label());
        if (in.hasErrors()) {
            throw new ApiException(ApiResponse.validationError(in.errors()));
        }
        D draft = drafts.draft(rangeId, reference, concept, customization, bill == null ? null : bill.number(),
                payments, cashRounding, observation, sendEmail == null || sendEmail, period,
                DocumentFields.object(body.get("establishment")), customer, items, charges);
        return new Validated<>(draft, bill, totals);
    }

    /**
     * The NUMBER of one of the account's bills validated by DIAN, issued through v1 or v2. Required unless the
     * customization is the kind's "without a bill"; then a bill number, when sent, is still checked.
     */
    private Bill bill(FieldReader in, JsonNode body, String customization) {
        String number = in.text(body, "bill_number", "bill_number", false);
        if (number == null) {
            if (!kind.withoutABill().equals(customization)) {
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

    private BillingPeriod billingPeriod(FieldReader in, JsonNode body, String customization) {
        JsonNode node = body.get("billing_period");
        if (kind.withoutABill().equals(customization) && !FieldReader.present(node)) {
            in.fail("billing_period", "El campo billing_period es obligatorio cuando customization_id es "
                    + kind.withoutABill() + ".");
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
