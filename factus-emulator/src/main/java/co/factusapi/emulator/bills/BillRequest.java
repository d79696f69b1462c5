package co.factusapi.emulator.bills;

import co.factusapi.emulator.document.AllowanceCharge;
import co.factusapi.emulator.document.BillingPeriod;
import co.factusapi.emulator.document.Customer;
import co.factusapi.emulator.document.DocumentDraft;
import co.factusapi.emulator.document.V2Customer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A validated bill request of either API version: {@code POST /v1/bills/validate} ({@link BillDraft}) or
 * {@code POST /v2/bills/validate} ({@link V2BillDraft}). Both go into the one bill store, so each version can show
 * the other's bills; these are what both drafts answer in the same sense.
 */
public sealed interface BillRequest extends DocumentDraft permits BillDraft, V2BillDraft {
    /** "01" sales invoice or "03" contingency. */
    String document();

    /** "10" standard, "11" mandates, "12" transport. */
    String operationType();

    boolean sendEmail();

    Map<String, Object> orderReference();

    BillingPeriod billingPeriod();

    /** As sent, or null: v1 names the municipality {@code municipality_id}, v2 {@code municipality_code}. */
    Map<String, Object> establishment();

    List<AllowanceCharge> allowanceCharges();

    /** "1" cash or "2" credit: v2's first means of payment. */
    String paymentForm();

    LocalDate paymentDueDate();

    /** The customer in Factus ids, as v1 answers it (and as DIAN checks a NIT's digit). */
    Customer v1Customer();

    /** The customer in DIAN codes, as v2 answers it, with a NIT's DV resolved. */
    V2Customer v2Customer();
}
