package co.factusapi.emulator.bills;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.document.ColombiaTime;
import co.factusapi.emulator.document.DianStatus;
import co.factusapi.emulator.document.DocumentJson;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.document.Money;
import co.factusapi.emulator.document.PaymentDetail;
import co.factusapi.emulator.document.V2Item;
import co.factusapi.emulator.document.V2Json;
import co.factusapi.emulator.document.V2View;
import co.factusapi.emulator.http.Json;
import java.util.List;
import java.util.Map;

/**
 * Bills in the flat v2 shape (v2 contract §5.1, §5.2), whichever API version issued them: no {@code data.bill}
 * wrapper, no id, booleans as JSON booleans, money and quantities as 2-decimal strings, timestamps
 * {@code dd-MM-yyyy hh:mm:ss AM/PM} in Colombian time, dates {@code dd-MM-yyyy}, absent optional objects null. Key
 * names follow the v2 bill field table (B); the values of the keys no example shows are D.
 */
public final class BillV2Json {
    private BillV2Json() {
    }

    /** The create (201) and show (200) {@code data}; {@code related} are the notes that reference the bill. */
    public static Map<String, Object> full(Bill bill, RelatedNotes related) {
        BillRequest draft = bill.draft();
        V2BillDraft v2 = bill.v2Draft();
        V2View view = view(bill);
        DocumentTotals totals = bill.totals();
        Map<String, Object> totalsJson = V2Json.totals(totals);
        if (v2 != null) {
            totalsJson.put("prepayment_amount", Money.text(v2.prepaymentAmount()));
        }
        return Json.obj("reference_code", bill.referenceCode(), "number", bill.number(),
                "order_reference", draft.orderReference(),
                "send_email", draft.sendEmail(), "has_claim", false, "is_negotiable_instrument", false,
                "is_validated", bill.dian().validated(),
                "validated_at", ColombiaTime.timestamp(bill.dian().validatedAt()),
                "errors", errors(bill.dian()), "observation", draft.observation(),
                "created_at", ColombiaTime.timestamp(bill.createdAt()), "cufe", bill.cufe(),
                "document_type", DocumentJson.codeAndName(Catalog.BILL_DOCUMENTS, draft.document()),
                "operation_type", DocumentJson.codeAndName(Catalog.OPERATION_TYPES, draft.operationType()),
                "billing_period", V2Json.billingPeriod(draft.billingPeriod()),
                "payment_details", V2Json.paymentDetails(paymentDetails(bill)),
                "numbering_range", bill.range().toDocumentJson(),
                "health", null, "beneficiary", null,
                "company", V2Json.company(bill.company(), v2 == null ? null : v2.establishment()),
                "customer", bill.v2Customer().toJson(),
                "items", V2Json.items(view.items(), view.amounts()),
                "prepayment_details", List.of(),
                "allowance_charges", DocumentJson.allowanceCharges(draft.allowanceCharges()),
                "taxes", V2Json.documentTaxes(view.amounts()),
                "withholding_taxes", DocumentJson.withholdingTotals(totals),
                "totals", totalsJson,
                "related_documents", v2 == null ? List.of() : v2.relatedDocuments(),
                "related_notes", Json.obj("credit_notes", related.creditNotes(bill),
                        "debit_notes", related.debitNotes(bill)),
                "links", Json.obj("qr", bill.qrUrl(), "public_url", bill.publicUrl()));
    }

    /**
     * A {@code GET /v2/bills} row (§5.2): no v2 bill list example exists, so this is the adjustment-note row of the
     * docs (V2EX) with the customer in place of the provider, plus {@code has_claim}/{@code is_negotiable_instrument}
     * (C/D).
     */
    public static Map<String, Object> listRow(Bill bill) {
        return Json.obj("api_client_name", "Factus emulator", "number", bill.number(),
                "reference_code", bill.referenceCode(), "customer", bill.v2Customer().toJson(),
                "total", Money.text(bill.totals().total()), "errors", errors(bill.dian()),
                "send_email", bill.draft().sendEmail(), "has_claim", false, "is_negotiable_instrument", false,
                "is_validated", bill.dian().validated(),
                "validated_at", ColombiaTime.timestamp(bill.dian().validatedAt()),
                "created_at", ColombiaTime.timestamp(bill.createdAt()));
    }

    /**
     * §14 Q1: the bill field table (the source the contract ranks highest) documents {@code errors} as an object keyed
     * by DIAN rule ({@code {"FAJ44b": "Regla: FAJ44b, Notificación: …"}}); the only real v2 example is a list of
     * strings. The emulator answers the table's object, and {@code []} when empty, as PHP serialises an empty array
     * (§1.4). An adapter must accept both forms anyway.
     */
    static Object errors(DianStatus dian) {
        Map<String, String> byRule = dian.errorsByRule();
        return byRule.isEmpty() ? List.of() : byRule;
    }

    /** v1 bills have one means of payment: the whole total, in the v1 form, method and due date. */
    private static List<PaymentDetail> paymentDetails(Bill bill) {
        if (bill.v2Draft() != null) {
            return bill.v2Draft().paymentDetails();
        }
        BillDraft v1 = bill.v1Draft();
        return List.of(new PaymentDetail(v1.paymentForm(), v1.paymentMethodCode(), bill.totals().total(),
                v1.paymentDueDate(), null));
    }

    /** A bill's items in v2 terms: a v1 bill's are translated ({@link V2View#ofV1}). */
    private static V2View view(Bill bill) {
        if (bill.v2Draft() != null) {
            return new V2View(bill.v2Draft().items(), bill.v2Amounts());
        }
        return V2View.ofV1(bill.v1Draft().items(), bill.totals());
    }

    /** The credit and debit notes that reference a bill, as {@code related_notes} lists them. */
    public interface RelatedNotes {
        RelatedNotes NONE = new RelatedNotes() {
            @Override
            public List<Object> creditNotes(Bill bill) {
                return List.of();
            }

            @Override
            public List<Object> debitNotes(Bill bill) {
                return List.of();
            }
        };

        List<Object> creditNotes(Bill bill);

        List<Object> debitNotes(Bill bill);
    }
}
