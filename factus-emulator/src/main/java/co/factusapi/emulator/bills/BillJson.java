package co.factusapi.emulator.bills;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.CodeEntry;
import co.factusapi.emulator.catalog.Municipality;
import co.factusapi.emulator.document.ColombiaTime;
import co.factusapi.emulator.document.Customer;
import co.factusapi.emulator.document.DocumentJson;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.document.Money;
import co.factusapi.emulator.document.V2Item;
import co.factusapi.emulator.document.V2Line;
import co.factusapi.emulator.http.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
                "establishment", DocumentJson.establishment(bill.company(), v1Establishment(draft)),
                "customer", DocumentJson.customer(bill.customer(), bill.customerDv()),
                "numbering_range", bill.range().toDocumentJson(),
                "billing_period", DocumentJson.billingPeriod(draft.billingPeriod()),
                "bill", header(bill),
                "related_documents", List.of(),
                "items", bill.v1Draft() != null ? DocumentJson.items(bill.v1Draft().items(), bill.totals())
                        : v2ItemsInV1(bill),
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

    /**
     * A v2 bill's items in the v1 item shape (our mapping, D: what Factus shows through v1 for a bill sent through v2
     * is unknown): {@code price} is the tax-inclusive unit price as v1 sends it, {@code total} base + tax, the first
     * tax gives {@code tax_rate} and {@code tribute}, decimal quantities stay decimal.
     */
    private static List<Object> v2ItemsInV1(Bill bill) {
        List<Object> items = new ArrayList<>();
        List<V2Item> drafts = bill.v2Draft().items();
        for (int i = 0; i < drafts.size(); i++) {
            V2Item item = drafts.get(i);
            V2Line line = bill.v2Amounts().lines().get(i);
            BigDecimal rates = line.taxes().stream().filter(tax -> !tax.excluded()).map(V2Line.TaxAmount::rate)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            V2Line.TaxAmount first = line.taxes().getFirst();
            boolean excluded = line.taxes().stream().allMatch(V2Line.TaxAmount::excluded);
            CodeEntry tribute = Catalog.byCode(Catalog.PRODUCT_TRIBUTES, first.code());
            items.add(Json.obj("scheme_id", item.schemeId(), "note", item.note(),
                    "code_reference", item.codeReference(), "name", item.name(),
                    "quantity", item.quantity().stripTrailingZeros(),
                    "discount_rate", Money.text(item.discountRate()), "discount", Money.text(line.discount()),
                    "gross_value", Money.text(line.base()),
                    "tax_rate", Money.text(excluded ? BigDecimal.ZERO : first.rate()),
                    "taxable_amount", Money.text(line.base()), "tax_amount", Money.text(line.tax()),
                    "price", Money.text(Money.round(item.price().multiply(Money.grossUpFactor(rates)))),
                    "is_excluded", excluded ? 1 : 0,
                    "unit_measure", entry(Catalog.MEASUREMENT_UNITS, item.unitMeasureCode()),
                    "standard_code", entry(Catalog.STANDARD_CODES, item.standardCode()),
                    "tribute", tribute == null ? null : tribute.toJson(),
                    "total", line.base().add(line.tax()).stripTrailingZeros(),
                    "withholding_taxes", DocumentJson.itemWithholdings(bill.totals().lines().get(i)),
                    "mandate", item.mandate()));
        }
        return items;
    }

    /** v1 names the establishment's municipality by Factus id; a v2 bill sent its DANE code. */
    private static Map<String, Object> v1Establishment(BillRequest draft) {
        Map<String, Object> sent = draft.establishment();
        if (sent == null || sent.get("municipality_code") == null) {
            return sent;
        }
        Municipality municipality = Catalog.municipalityByCode(sent.get("municipality_code").toString());
        Map<String, Object> v1 = new LinkedHashMap<>(sent);
        v1.put("municipality_id", municipality == null ? null : municipality.id());
        return v1;
    }

    private static Map<String, Object> entry(List<CodeEntry> table, String code) {
        CodeEntry entry = Catalog.byCode(table, code);
        return entry == null ? Json.obj("id", null, "code", code, "name", null) : entry.toJson();
    }

    private static Map<String, Object> document(BillRequest draft) {
        return DocumentJson.codeAndName(Catalog.BILL_DOCUMENTS, draft.document());
    }
}
