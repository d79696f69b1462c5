package co.factusapi.emulator.creditnotes;

import co.factusapi.emulator.bills.Bill;
import co.factusapi.emulator.bills.BillStore;
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
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Validation of a credit note (docs/factus-upstream.md §4): a credit-note range, correction concept 1–6, customization 20
 * (references a bill by its Factus id) or 22 (no bill, billing period required); the customer defaults to the bill's.
 */
final class CreditNoteValidator {
    private final NumberingRanges ranges;
    private final BillStore bills;

    CreditNoteValidator(NumberingRanges ranges, BillStore bills) {
        this.ranges = ranges;
        this.bills = bills;
    }

    record Validated(CreditNoteDraft draft, Bill bill) {
    }

    Validated validate(JsonNode body) {
        FieldReader in = new FieldReader();
        int rangeId = DocumentFields.numberingRange(in, body, ranges, NumberingRanges.CREDIT_NOTE);
        String concept = required(in, body, "correction_concept_code", Catalog.CORRECTION_CONCEPTS.keySet());
        String customization = required(in, body, "customization_id", Catalog.CREDIT_NOTE_CUSTOMIZATIONS.keySet());
        boolean referencesBill = "20".equals(customization);
        Integer billId = in.integer(body, "bill_id", "bill_id", referencesBill);
        Bill bill = billId == null ? null : bills.byId(billId);
        if (billId != null && (bill == null || bill.dian().status() != 1)) {
            in.invalid("bill_id");
        }
        String reference = in.text(body, "reference_code", "reference_code", true);
        String observation = DocumentFields.observation(in, body);
        String paymentMethod = in.stringCode(body, "payment_method_code", "payment_method_code",
                Catalog.PAYMENT_METHODS.keySet(), "10");
        Boolean sendEmail = in.flag(body, "send_email", "send_email", false);
        JsonNode periodNode = body.get("billing_period");
        if ("22".equals(customization) && !FieldReader.present(periodNode)) {
            in.fail("billing_period", "El campo periodo de facturación es obligatorio.");
        }
        BillingPeriod period = DocumentFields.billingPeriod(in, periodNode);
        Customer customer = customer(in, body.get("customer"), bill);
        List<Item> items = DocumentFields.items(in, body.get("items"));
        List<AllowanceCharge> charges = DocumentFields.allowanceCharges(in, body.get("allowance_charges"));
        if (in.hasErrors()) {
            throw new ApiException(ApiResponse.validationError(in.errors()));
        }
        CreditNoteDraft draft = new CreditNoteDraft(rangeId, reference, concept, customization,
                bill == null ? null : bill.id(), observation, paymentMethod, sendEmail == null || sendEmail, period,
                DocumentFields.object(body.get("establishment")), customer, items, charges);
        return new Validated(draft, bill);
    }

    private static String required(FieldReader in, JsonNode body, String field, java.util.Set<String> allowed) {
        if (!FieldReader.present(body.get(field))) {
            in.fail(field, "El campo " + field + " es obligatorio.");
            return null;
        }
        return in.stringCode(body, field, field, allowed, null);
    }

    private static Customer customer(FieldReader in, JsonNode node, Bill bill) {
        if (!FieldReader.present(node) && bill != null) {
            return bill.customer();
        }
        return DocumentFields.customer(in, node);
    }
}
