package co.factusapi.emulator.debitnotes;

import co.factusapi.emulator.document.AllowanceCharge;
import co.factusapi.emulator.document.BillingPeriod;
import co.factusapi.emulator.document.DocumentDraft;
import co.factusapi.emulator.document.PaymentDetail;
import co.factusapi.emulator.document.V2Customer;
import co.factusapi.emulator.document.V2Item;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A validated {@code POST /v2/debit-notes/validate} body (docs/factus-upstream.md §5). */
record DebitNoteDraft(int numberingRangeId, String referenceCode, String correctionConceptCode,
        String customizationId, String billNumber, List<PaymentDetail> paymentDetails, BigDecimal cashRounding,
        String observation, boolean sendEmail, BillingPeriod billingPeriod, Map<String, Object> establishment,
        V2Customer customer, List<V2Item> items, List<AllowanceCharge> allowanceCharges) implements DocumentDraft {

    DebitNoteDraft {
        paymentDetails = List.copyOf(paymentDetails);
        items = List.copyOf(items);
        allowanceCharges = List.copyOf(allowanceCharges);
    }

    /** The first means of payment; v2 may have several. */
    @Override
    public String paymentMethodCode() {
        return paymentDetails.getFirst().paymentMethodCode();
    }
}
