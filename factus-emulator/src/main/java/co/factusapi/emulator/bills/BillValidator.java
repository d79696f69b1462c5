package co.factusapi.emulator.bills;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.NumberingRanges;
import co.factusapi.emulator.http.ApiException;
import co.factusapi.emulator.http.ApiResponse;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Server-side validation of a bill request (contract §3.1.1), all errors reported at once as a 422. */
public final class BillValidator {

    private final NumberingRanges ranges;

    public BillValidator(NumberingRanges ranges) {
        this.ranges = ranges;
    }

    public BillDraft validate(JsonNode body) {
        FieldReader in = new FieldReader();
        int rangeId = DocumentFields.numberingRange(in, body, ranges, NumberingRanges.SALES_INVOICE);
        String document = in.stringCode(body, "document", "document", Catalog.BILL_DOCUMENTS.keySet(), "01");
        String referenceCode = in.text(body, "reference_code", "reference_code", true);
        String observation = in.text(body, "observation", "observation", false);
        if (observation != null && observation.length() > 250) {
            in.fail("observation", "El campo observación no debe ser mayor que 250 caracteres.");
        }
        String paymentForm = in.stringCode(body, "payment_form", "payment_form", Catalog.PAYMENT_FORMS.keySet(), "1");
        LocalDate dueDate = in.date(body, "payment_due_date", "payment_due_date", "2".equals(paymentForm));
        String paymentMethod = in.stringCode(body, "payment_method_code", "payment_method_code",
                Catalog.PAYMENT_METHODS.keySet(), "10");
        String operationType = in.stringCode(body, "operation_type", "operation_type",
                Catalog.OPERATION_TYPES.keySet(), "10");
        Boolean sendEmail = in.flag(body, "send_email", "send_email", false);
        BillDraft.BillingPeriod period = DocumentFields.billingPeriod(in, body.get("billing_period"));
        BillDraft.Customer customer = DocumentFields.customer(in, body.get("customer"));
        List<BillDraft.Item> items = DocumentFields.items(in, body.get("items"));
        List<BillDraft.AllowanceCharge> charges = DocumentFields.allowanceCharges(in, body.get("allowance_charges"));
        if (in.hasErrors()) {
            throw new ApiException(ApiResponse.validationError(in.errors()));
        }
        return new BillDraft(rangeId, document, referenceCode, observation, paymentForm, dueDate, paymentMethod,
                operationType, sendEmail == null || sendEmail, DocumentFields.object(body.get("order_reference")),
                period, DocumentFields.object(body.get("establishment")), customer, items, charges);
    }
}
