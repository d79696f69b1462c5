package co.factusapi.emulator.bills;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.NumberingRanges;
import co.factusapi.emulator.document.AllowanceCharge;
import co.factusapi.emulator.document.BillingPeriod;
import co.factusapi.emulator.document.Customer;
import co.factusapi.emulator.document.DocumentFields;
import co.factusapi.emulator.document.FieldReader;
import co.factusapi.emulator.document.Item;
import co.factusapi.emulator.http.ApiException;
import co.factusapi.emulator.http.ApiResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Server-side validation of a bill request (docs/factus-upstream.md §3.2), all errors reported at once as a 422. */
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
        String observation = DocumentFields.observation(in, body);
        String paymentForm = in.stringCode(body, "payment_form", "payment_form", Catalog.PAYMENT_FORMS.keySet(), "1");
        LocalDate dueDate = in.date(body, "payment_due_date", "payment_due_date", "2".equals(paymentForm));
        String paymentMethod = in.stringCode(body, "payment_method_code", "payment_method_code",
                Catalog.PAYMENT_METHODS.keySet(), "10");
        String operationType = in.stringCode(body, "operation_type", "operation_type",
                Catalog.OPERATION_TYPES.keySet(), "10");
        Boolean sendEmail = in.flag(body, "send_email", "send_email", false);
        BillingPeriod period = DocumentFields.billingPeriod(in, body.get("billing_period"));
        Customer customer = DocumentFields.customer(in, body.get("customer"));
        List<Item> items = DocumentFields.items(in, body.get("items"));
        List<AllowanceCharge> charges = DocumentFields.allowanceCharges(in, body.get("allowance_charges"));
        conditionalRules(in, body, document, operationType);
        if (in.hasErrors()) {
            throw new ApiException(ApiResponse.validationError(in.errors()));
        }
        return new BillDraft(rangeId, document, referenceCode, observation, paymentForm, dueDate, paymentMethod,
                operationType, sendEmail == null || sendEmail, DocumentFields.object(body.get("order_reference")),
                period, DocumentFields.object(body.get("establishment")), customer, items, charges);
    }

    /** Rules that depend on other fields (docs/factus-upstream.md §3.2): contingency documents, mandates, order references. */
    private static void conditionalRules(FieldReader in, JsonNode body, String document, String operationType) {
        if ("03".equals(document) && !FieldReader.present(body.get("related_documents"))) {
            in.fail("related_documents", "El campo related_documents es obligatorio cuando document es 03.");
        }
        JsonNode order = body.get("order_reference");
        if (FieldReader.present(order) && order.isObject()) {
            in.text(order, "reference_code", "order_reference.reference_code", true);
        }
        JsonNode items = body.get("items");
        if (!"11".equals(operationType) || items == null || !items.isArray()) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            String prefix = "items." + i + ".";
            String scheme = in.stringCode(items.get(i), "scheme_id", prefix + "scheme_id", Set.of("0", "1"), null);
            if (scheme == null && !in.errors().containsKey(prefix + "scheme_id")) {
                in.fail(prefix + "scheme_id", "El campo " + prefix + "scheme_id es obligatorio.");
            }
            if ("1".equals(scheme) && !FieldReader.present(items.get(i).get("mandate"))) {
                in.fail(prefix + "mandate", "El campo " + prefix + "mandate es obligatorio.");
            }
        }
    }
}
