package co.factusapi.emulator.creditnotes;

import co.factusapi.emulator.bills.BillDraft;
import java.util.List;
import java.util.Map;

/** A validated {@code POST /v1/credit-notes/validate} body (contract §4). */
public record CreditNoteDraft(int numberingRangeId, String referenceCode, String correctionConceptCode,
        String customizationId, Long billId, String observation, String paymentMethodCode, boolean sendEmail,
        BillDraft.BillingPeriod billingPeriod, Map<String, Object> establishment, BillDraft.Customer customer,
        List<BillDraft.Item> items, List<BillDraft.AllowanceCharge> allowanceCharges) {
}
