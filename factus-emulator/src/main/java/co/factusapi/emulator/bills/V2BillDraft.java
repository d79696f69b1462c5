package co.factusapi.emulator.bills;

import co.factusapi.emulator.document.AllowanceCharge;
import co.factusapi.emulator.document.BillingPeriod;
import co.factusapi.emulator.document.Customer;
import co.factusapi.emulator.document.PaymentDetail;
import co.factusapi.emulator.document.V2Customer;
import co.factusapi.emulator.document.V2Item;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A validated {@code POST /v2/bills/validate} body (v2 contract §3): DIAN codes, net prices with {@code taxes[]},
 * {@code payment_details[]}.
 *
 * @param prepaymentAmount Σ {@code prepayment_details[].amount}; reported in {@code totals.prepayment_amount} but not
 *                         taken off the total (§4.5, §14 Q6: both docs examples pay the total before the advance)
 * @param currency         {@code {type, exchange_rate}} as sent, or null; not echoed (§14 Q14)
 */
public record V2BillDraft(int numberingRangeId, String referenceCode, String document, String operationType,
        String observation, boolean sendEmail, List<PaymentDetail> paymentDetails, BigDecimal cashRounding,
        BigDecimal prepaymentAmount, Map<String, Object> currency, Map<String, Object> orderReference,
        BillingPeriod billingPeriod, Map<String, Object> establishment, List<Object> relatedDocuments,
        V2Customer customer, List<V2Item> items, List<AllowanceCharge> allowanceCharges) implements BillRequest {

    public V2BillDraft {
        paymentDetails = List.copyOf(paymentDetails);
        relatedDocuments = List.copyOf(relatedDocuments);
        items = List.copyOf(items);
        allowanceCharges = List.copyOf(allowanceCharges);
    }

    /** The first means of payment; v2 may have several. */
    @Override
    public String paymentMethodCode() {
        return paymentDetails.getFirst().paymentMethodCode();
    }

    @Override
    public String paymentForm() {
        return paymentDetails.getFirst().paymentForm();
    }

    @Override
    public LocalDate paymentDueDate() {
        return paymentDetails.stream().map(PaymentDetail::dueDate).filter(Objects::nonNull).findFirst().orElse(null);
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
