package co.factusapi.emulator.creditnotes;

import co.factusapi.emulator.document.AllowanceCharge;
import co.factusapi.emulator.document.BillingPeriod;
import co.factusapi.emulator.document.Customer;
import co.factusapi.emulator.document.PaymentDetail;
import co.factusapi.emulator.document.V2Customer;
import co.factusapi.emulator.document.V2Item;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A validated {@code POST /v2/credit-notes/validate} body (v2 contract §7.1): the corrected bill by its NUMBER, DIAN
 * codes, net prices with {@code taxes[]}, {@code payment_details[]}.
 *
 * @param billNumber the corrected bill's number, or null for customization 22
 */
public record V2CreditNoteDraft(int numberingRangeId, String referenceCode, String correctionConceptCode,
        String customizationId, String billNumber, List<PaymentDetail> paymentDetails, BigDecimal cashRounding,
        String observation, boolean sendEmail, BillingPeriod billingPeriod, Map<String, Object> establishment,
        V2Customer customer, List<V2Item> items, List<AllowanceCharge> allowanceCharges) implements CreditNoteRequest {

    public V2CreditNoteDraft {
        paymentDetails = List.copyOf(paymentDetails);
        items = List.copyOf(items);
        allowanceCharges = List.copyOf(allowanceCharges);
    }

    /** The first means of payment; v2 may have several. */
    @Override
    public String paymentMethodCode() {
        return paymentDetails.getFirst().paymentMethodCode();
    }

    @Override
    public Customer v1Customer() {
        return customer.withResolvedDv().toV1();
    }

    @Override
    public V2Customer v2Customer() {
        return customer.withResolvedDv();
    }
}
