package co.factusapi.emulator.bills;

import co.factusapi.emulator.document.AllowanceCharge;
import co.factusapi.emulator.document.BillingPeriod;
import co.factusapi.emulator.document.Customer;
import co.factusapi.emulator.document.Item;
import co.factusapi.emulator.document.V2Customer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A validated {@code POST /v1/bills/validate} body (docs/factus-upstream.md §3.2), codes already resolved to ints. */
public record BillDraft(int numberingRangeId, String document, String referenceCode, String observation,
        String paymentForm, LocalDate paymentDueDate, String paymentMethodCode, String operationType,
        boolean sendEmail, Map<String, Object> orderReference, BillingPeriod billingPeriod,
        Map<String, Object> establishment, Customer customer, List<Item> items,
        List<AllowanceCharge> allowanceCharges) implements BillRequest {

    @Override
    public Customer v1Customer() {
        return customer;
    }

    @Override
    public V2Customer v2Customer() {
        return V2Customer.of(customer, customer.resolvedDv());
    }
}
