package co.factusapi.emulator.bills;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.document.ColombiaTime;
import co.factusapi.emulator.document.Customer;
import co.factusapi.emulator.document.DocumentJson;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.document.Money;
import co.factusapi.emulator.http.Json;
import java.util.List;
import java.util.Map;

/**
 * Renders bills in the v1 shapes: the create/show document (docs/factus-upstream.md §3.3) and the list row (§3.8),
 * whichever API version issued them.
 */
public final class BillJson {

    private BillJson() {
    }

    public static Map<String, Object> full(Bill bill) {
        BillRequest draft = bill.draft();
        return Json.obj("company", bill.company().toDocumentJson(),
                "establishment", DocumentJson.establishment(bill.company(), DocumentJson.v1Establishment(draft.establishment())),
                "customer", DocumentJson.customer(bill.customer(), bill.customerDv()),
                "numbering_range", bill.range().toDocumentJson(),
                "billing_period", DocumentJson.billingPeriod(draft.billingPeriod()),
                "bill", header(bill),
                "related_documents", List.of(),
                "items", bill.v1Draft() != null ? DocumentJson.items(bill.v1Draft().items(), bill.totals())
                        : DocumentJson.v2ItemsInV1(bill.v2Draft().items(), bill.v2Amounts()),
                "allowance_charges", DocumentJson.allowanceCharges(draft.allowanceCharges()),
                "withholding_taxes", DocumentJson.withholdingTotals(bill.totals()),
                "credit_notes", List.of(),
                "debit_notes", List.of());
    }

    public static Map<String, Object> listRow(Bill bill) {
        Customer customer = bill.customer();
        return Json.obj("id", bill.id(), "document", document(bill.draft()), "number", bill.number(),
                "api_client_name", "Factus emulator", "reference_code", bill.referenceCode(),
                "identification", customer.identification(), "graphic_representation_name", customer.displayName(),
                "company", customer.company(), "trade_name", customer.tradeName(), "names", customer.names(),
                "email", customer.email(), "total", Money.text(bill.totals().total()), "status", bill.dian().status(),
                "errors", bill.dian().errors(), "send_email", bill.draft().sendEmail() ? 1 : 0, "has_claim", 0,
                "is_negotiable_instrument", 0, "payment_form", DocumentJson.codeAndName(Catalog.PAYMENT_FORMS,
                        bill.draft().paymentForm()),
                "created_at", ColombiaTime.timestamp(bill.createdAt()), "credit_notes", List.of(),
                "debit_notes", List.of());
    }

    private static Map<String, Object> header(Bill bill) {
        BillRequest draft = bill.draft();
        DocumentTotals totals = bill.totals();
        return Json.obj("id", bill.id(), "document", document(draft),
                "operation_type", DocumentJson.codeAndName(Catalog.OPERATION_TYPES, draft.operationType()),
                "order_reference", draft.orderReference(), "number", bill.number(),
                "reference_code", bill.referenceCode(), "status", bill.dian().status(),
                "send_email", draft.sendEmail() ? 1 : 0, "qr", bill.qrUrl(), "cufe", bill.cufe(),
                "validated", ColombiaTime.timestamp(bill.dian().validatedAt()),
                "gross_value", Money.text(totals.gross()),
                "taxable_amount", Money.text(totals.gross()), "tax_amount", Money.text(totals.tax()),
                "discount_amount", Money.text(totals.discount()), "surcharge_amount", Money.text(totals.surcharge()),
                "total", Money.text(totals.total()), "observation", draft.observation(), "errors", bill.dian().errors(),
                "created_at", ColombiaTime.timestamp(bill.createdAt()),
                "payment_due_date", draft.paymentDueDate() == null ? null : draft.paymentDueDate().toString(),
                "qr_image", DocumentJson.QR_IMAGE, "has_claim", 0, "is_negotiable_instrument", 0,
                "payment_form", DocumentJson.codeAndName(Catalog.PAYMENT_FORMS, draft.paymentForm()),
                "payment_method", DocumentJson.codeAndName(Catalog.PAYMENT_METHODS, draft.paymentMethodCode()),
                "public_url", bill.publicUrl());
    }

    private static Map<String, Object> document(BillRequest draft) {
        return DocumentJson.codeAndName(Catalog.BILL_DOCUMENTS, draft.document());
    }

    /** A v2 note's {@code related_bill}: the bill it corrects, or null (customization without a bill). */
    public static Map<String, Object> related(Bill bill) {
        return bill == null ? null
                : Json.obj("reference_code", bill.referenceCode(), "number", bill.number(), "cufe", bill.cufe());
    }
}
