package co.factusapi.emulator.creditnotes;

import co.factusapi.emulator.document.AllowanceCharge;
import co.factusapi.emulator.document.BillingPeriod;
import co.factusapi.emulator.document.Customer;
import co.factusapi.emulator.document.Item;
import co.factusapi.emulator.document.V2Customer;
import java.util.List;
import java.util.Map;

/** A validated {@code POST /v1/credit-notes/validate} body (docs/factus-upstream.md §4). */
public record CreditNoteDraft(int numberingRangeId, String referenceCode, String correctionConceptCode,
        String customizationId, Long billId, String observation, String paymentMethodCode, boolean sendEmail,
        BillingPeriod billingPeriod, Map<String, Object> establishment, Customer customer,
        List<Item> items, List<AllowanceCharge> allowanceCharges) implements CreditNoteRequest {

    @Override
    public Customer v1Customer() {
        return customer;
    }

    @Override
    public V2Customer v2Customer() {
        return V2Customer.of(customer, customer.resolvedDv());
    }
}
