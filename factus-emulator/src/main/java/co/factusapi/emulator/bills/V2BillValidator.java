package co.factusapi.emulator.bills;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.NumberingRanges;
import co.factusapi.emulator.document.AllowanceCharge;
import co.factusapi.emulator.document.BillingPeriod;
import co.factusapi.emulator.document.DocumentFields;
import co.factusapi.emulator.document.FieldReader;
import co.factusapi.emulator.document.PaymentDetail;
import co.factusapi.emulator.document.V2Customer;
import co.factusapi.emulator.document.V2Fields;
import co.factusapi.emulator.document.V2Item;
import co.factusapi.emulator.document.V2Totals;
import co.factusapi.emulator.http.ApiException;
import co.factusapi.emulator.http.ApiResponse;
import co.factusapi.emulator.http.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Validation of a {@code POST /v2/bills/validate} body (v2 contract §3), every error at once as a Laravel 422 keyed by
 * v2 field paths ({@code customer.identification_document_code}, {@code items.0.taxes.0.code},
 * {@code payment_details.0.amount}, §9.2). The amounts follow §4.1; Σ {@code payment_details[].amount} must equal
 * the total plus {@code cash_rounding_amount} (|rounding| ≤ 500, §3.2 and §4.1 rule 6; the error Factus gives when it
 * is broken is undocumented, so the 422 wording is ours, D).
 */
final class V2BillValidator {
    /** Health-sector operations (SS-*) need {@code health}/{@code beneficiary}, which the emulator does not model. */
    private static final Set<String> OPERATION_TYPES = Catalog.OPERATION_TYPES.keySet();

    private final NumberingRanges ranges;

    V2BillValidator(NumberingRanges ranges) {
        this.ranges = ranges;
    }

    record Validated(V2BillDraft draft, V2Totals totals) {
    }

    Validated validate(JsonNode body) {
        FieldReader in = new FieldReader();
        int rangeId = DocumentFields.numberingRange(in, body, ranges, NumberingRanges.SALES_INVOICE);
        String reference = in.text(body, "reference_code", "reference_code", true);
        String document = in.stringCode(body, "document", "document", Catalog.BILL_DOCUMENTS.keySet(), "01");
        String operationType = in.stringCode(body, "operation_type", "operation_type", OPERATION_TYPES, "10");
        String observation = DocumentFields.observation(in, body);
        Boolean sendEmail = in.flag(body, "send_email", "send_email", false);
        Map<String, Object> currency = currency(in, body.get("currency"));
        V2Fields.establishment(in, body.get("establishment"));
        BillingPeriod period = DocumentFields.billingPeriod(in, body.get("billing_period"));
        Map<String, Object> orderReference = orderReference(in, body.get("order_reference"));
        List<Object> related = relatedDocuments(in, body.get("related_documents"), document);
        V2Customer customer = customer(in, body.get("customer"));
        List<V2Item> items = V2Fields.items(in, body.get("items"));
        schemes(in, body.get("items"), operationType);
        List<AllowanceCharge> charges = DocumentFields.allowanceCharges(in, body.get("allowance_charges"));
        BigDecimal cashRounding = V2Fields.cashRounding(in, body);
        BigDecimal prepayments = prepayments(in, body.get("prepayment_details"));
        List<PaymentDetail> payments = V2Fields.payments(in, body.get("payment_details"));
        if (in.hasErrors()) {
            throw new ApiException(ApiResponse.validationError(in.errors()));
        }
        V2Totals totals = V2Totals.of(items, charges);
        V2Fields.checkPaymentsAddUp(in, payments, cashRounding, totals.totals().total(), "factura");
        if (in.hasErrors()) {
            throw new ApiException(ApiResponse.validationError(in.errors()));
        }
        V2BillDraft draft = new V2BillDraft(rangeId, reference, document, operationType, observation,
                sendEmail == null || sendEmail, payments, cashRounding, prepayments, currency, orderReference,
                period, DocumentFields.object(body.get("establishment")), related, customer, items, charges);
        return new Validated(draft, totals);
    }

    private static V2Customer customer(FieldReader in, JsonNode node) {
        if (!FieldReader.present(node) || !node.isObject()) {
            in.fail("customer", "El campo customer es obligatorio.");
            return null;
        }
        return V2Fields.customer(in, node);
    }

    /** Optional {@code {type, exchange_rate}}, both required when sent; a foreign ISO 4217 code, never COP (§3.1). */
    private static Map<String, Object> currency(FieldReader in, JsonNode node) {
        if (!FieldReader.present(node)) {
            return null;
        }
        String type = in.text(node, "type", "currency.type", true);
        if (type != null && (!type.trim().matches("[A-Z]{3}") || "COP".equals(type.trim()))) {
            in.invalid("currency.type");
        }
        BigDecimal rate = in.decimal(node, "exchange_rate", "currency.exchange_rate", true);
        if (rate != null && rate.signum() <= 0) {
            in.fail("currency.exchange_rate", "El campo currency.exchange_rate debe ser mayor que 0.");
        }
        return DocumentFields.object(node);
    }

    private static Map<String, Object> orderReference(FieldReader in, JsonNode node) {
        if (!FieldReader.present(node)) {
            return null;
        }
        in.text(node, "reference_code", "order_reference.reference_code", true);
        if (FieldReader.present(node.get("issue_date"))) {
            in.date(node, "issue_date", "order_reference.issue_date", false);
        }
        return DocumentFields.object(node);
    }

    /** Required for a contingency bill (document 03): {@code code}, {@code issue_date}, {@code number} (§3.1, §3.6). */
    private static List<Object> relatedDocuments(FieldReader in, JsonNode node, String document) {
        boolean required = "03".equals(document);
        if (!FieldReader.present(node) || !node.isArray() || node.isEmpty()) {
            if (required) {
                in.fail("related_documents", "El campo related_documents es obligatorio cuando document es 03.");
            }
            return List.of();
        }
        List<Object> related = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "related_documents." + i + ".";
            JsonNode entry = node.get(i);
            String code = in.text(entry, "code", path + "code", true);
            in.date(entry, "issue_date", path + "issue_date", true);
            String number = in.text(entry, "number", path + "number", true);
            related.add(Json.obj("code", code,
                    "issue_date", DocumentFields.text(entry, "issue_date"), "number", number));
        }
        return related;
    }

    /**
     * Mandates (11) need {@code scheme_id} on every item and a {@code mandate} with DIAN codes when it is 1; transport
     * (12) needs {@code scheme_id} (§3.4).
     */
    private static void schemes(FieldReader in, JsonNode items, String operationType) {
        if (!Set.of("11", "12").contains(operationType) || items == null || !items.isArray()) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            String prefix = "items." + i + ".";
            JsonNode item = items.get(i);
            String scheme = in.stringCode(item, "scheme_id", prefix + "scheme_id", Set.of("0", "1"), null);
            if (scheme == null && !in.errors().containsKey(prefix + "scheme_id")) {
                in.fail(prefix + "scheme_id", "El campo " + prefix + "scheme_id es obligatorio.");
            }
            if ("11".equals(operationType) && "1".equals(scheme)) {
                JsonNode mandate = item.get("mandate");
                if (!FieldReader.present(mandate)) {
                    in.fail(prefix + "mandate", "El campo " + prefix + "mandate es obligatorio.");
                } else {
                    V2Fields.requiredCode(in, mandate, "identification_document_code", prefix + "mandate.",
                            Catalog.IDENTIFICATION_DOCUMENT_CODES.keySet());
                    in.text(mandate, "identification", prefix + "mandate.identification", true);
                }
            }
        }
    }

    /**
     * {@code prepayment_details[]{reference_code, received_date, amount, note?}}: checked and summed into
     * {@code totals.prepayment_amount}, never subtracted from the total or the payments (§4.5, §14 Q6: both docs
     * examples pay the total before the advance; the emulator keeps the payment rule the examples satisfy).
     */
    private static BigDecimal prepayments(FieldReader in, JsonNode node) {
        BigDecimal sum = BigDecimal.ZERO;
        if (!FieldReader.present(node) || !node.isArray()) {
            return sum;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "prepayment_details." + i + ".";
            JsonNode entry = node.get(i);
            in.text(entry, "reference_code", path + "reference_code", true);
            in.date(entry, "received_date", path + "received_date", true);
            BigDecimal amount = in.decimal(entry, "amount", path + "amount", true);
            if (amount != null && amount.signum() < 0) {
                in.fail(path + "amount", "El campo " + path + "amount debe ser al menos 0.");
            } else if (amount != null) {
                sum = sum.add(amount);
            }
        }
        return sum;
    }
}
