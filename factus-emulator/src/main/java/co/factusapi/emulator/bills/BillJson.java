package co.factusapi.emulator.bills;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.CodeEntry;
import co.factusapi.emulator.catalog.Company;
import co.factusapi.emulator.catalog.Municipality;
import co.factusapi.emulator.http.Json;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders bills in the v1 shapes: the create/show document (contract §3.1.2) and the list row (§3.2). */
public final class BillJson {
    /** Document timestamps are Colombian local time, 12-hour clock (contract §1). */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("dd-MM-yyyy hh:mm:ss a", Locale.US);
    /** Any small valid PNG will do: the QR image payload is undocumented (contract §10.2). */
    public static final String QR_IMAGE = "data:image/png;base64, "
            + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    private BillJson() {
    }

    public static Map<String, Object> full(Bill bill) {
        BillDraft draft = bill.draft();
        return Json.obj("company", bill.company().toDocumentJson(),
                "establishment", establishment(bill),
                "customer", customer(bill),
                "numbering_range", bill.range().toDocumentJson(),
                "billing_period", billingPeriod(draft.billingPeriod()),
                "bill", header(bill),
                "related_documents", List.of(),
                "items", items(bill),
                "allowance_charges", allowanceCharges(draft.allowanceCharges()),
                "withholding_taxes", withholdingTotals(bill.totals()),
                "credit_notes", List.of(),
                "debit_notes", List.of());
    }

    public static Map<String, Object> listRow(Bill bill) {
        BillDraft.Customer customer = bill.customer();
        return Json.obj("id", bill.id(), "document", document(bill.draft()), "number", bill.number(),
                "api_client_name", "Factus emulator", "reference_code", bill.referenceCode(),
                "identification", customer.identification(), "graphic_representation_name", customer.displayName(),
                "company", customer.company(), "trade_name", customer.tradeName(), "names", customer.names(),
                "email", customer.email(), "total", Money.text(bill.totals().total()), "status", bill.status(),
                "errors", bill.errors(), "send_email", bill.draft().sendEmail() ? 1 : 0, "has_claim", 0,
                "is_negotiable_instrument", 0, "payment_form", codeAndName(Catalog.PAYMENT_FORMS,
                        bill.draft().paymentForm()),
                "created_at", timestamp(bill.createdAt()), "credit_notes", List.of(), "debit_notes", List.of());
    }

    public static String timestamp(ZonedDateTime time) {
        return time == null ? null : time.format(TIMESTAMP);
    }

    private static Map<String, Object> header(Bill bill) {
        BillDraft draft = bill.draft();
        BillTotals totals = bill.totals();
        return Json.obj("id", bill.id(), "document", document(draft),
                "operation_type", codeAndName(Catalog.OPERATION_TYPES, draft.operationType()),
                "order_reference", draft.orderReference(), "number", bill.number(),
                "reference_code", bill.referenceCode(), "status", bill.status(),
                "send_email", draft.sendEmail() ? 1 : 0, "qr", bill.qrUrl(), "cufe", bill.cufe(),
                "validated", timestamp(bill.validatedAt()), "gross_value", Money.text(totals.gross()),
                "taxable_amount", Money.text(totals.gross()), "tax_amount", Money.text(totals.tax()),
                "discount_amount", Money.text(totals.discount()), "surcharge_amount", Money.text(totals.surcharge()),
                "total", Money.text(totals.total()), "observation", draft.observation(), "errors", bill.errors(),
                "created_at", timestamp(bill.createdAt()),
                "payment_due_date", draft.paymentDueDate() == null ? null : draft.paymentDueDate().toString(),
                "qr_image", QR_IMAGE, "has_claim", 0, "is_negotiable_instrument", 0,
                "payment_form", codeAndName(Catalog.PAYMENT_FORMS, draft.paymentForm()),
                "payment_method", codeAndName(Catalog.PAYMENT_METHODS, draft.paymentMethodCode()),
                "public_url", bill.publicUrl());
    }

    public static Map<String, Object> customer(IssuedDocument bill) {
        BillDraft.Customer customer = bill.customer();
        Municipality municipality = customer.municipalityId() == null ? null
                : Catalog.municipality(customer.municipalityId());
        return Json.obj("identification", customer.identification(), "dv", bill.customerDv(),
                "graphic_representation_name", customer.displayName(), "trade_name", customer.tradeName(),
                "company", customer.company(), "names", customer.names(), "address", customer.address(),
                "email", customer.email(), "phone", customer.phone(),
                "legal_organization", entry(Catalog.LEGAL_ORGANIZATIONS, customer.legalOrganizationId()),
                "tribute", entry(Catalog.CUSTOMER_TRIBUTES, customer.tributeId()),
                "municipality", municipality == null ? null : municipality.toShortJson());
    }

    /** Without an establishment in the request, the company's own data is echoed. */
    public static Map<String, Object> establishment(IssuedDocument document) {
        Company company = document.company();
        Map<String, Object> sent = document.establishment();
        Municipality municipality = company.municipality();
        if (sent != null && sent.get("municipality_id") != null) {
            Municipality chosen = Catalog.municipality(parseOr(sent.get("municipality_id"), -1));
            municipality = chosen != null ? chosen : municipality;
        }
        Map<String, Object> municipalityJson = municipality == null ? null : Json.obj("id", municipality.id(),
                "code", municipality.code(), "name", municipality.name(), "department", Json.obj(
                        "id", Integer.parseInt(municipality.code().substring(0, 2)),
                        "code", municipality.code().substring(0, 2), "name", municipality.department()));
        return Json.obj("name", valueOr(sent, "name", company.displayName()),
                "address", valueOr(sent, "address", company.address()),
                "phone_number", valueOr(sent, "phone_number", company.phone()),
                "email", valueOr(sent, "email", company.email()), "municipality_id", municipalityJson);
    }

    public static Object billingPeriod(BillDraft.BillingPeriod period) {
        if (period == null) {
            return List.of();
        }
        return Json.obj("start_date", period.startDate(), "start_time", period.startTime(),
                "end_date", period.endDate(), "end_time", period.endTime());
    }

    public static List<Object> items(IssuedDocument bill) {
        List<Object> items = new ArrayList<>();
        List<BillDraft.Item> drafts = bill.items();
        for (int i = 0; i < drafts.size(); i++) {
            BillDraft.Item item = drafts.get(i);
            LineAmounts line = bill.totals().lines().get(i);
            items.add(Json.obj("scheme_id", item.schemeId(), "note", item.note(),
                    "code_reference", item.codeReference(), "name", item.name(), "quantity", item.quantity(),
                    "discount_rate", Money.text(item.discountRate()), "discount", Money.text(line.discount()),
                    "gross_value", Money.text(line.taxable()),
                    "tax_rate", Money.text(item.excluded() ? BigDecimal.ZERO : item.taxRate()),
                    "taxable_amount", Money.text(line.taxable()), "tax_amount", Money.text(line.tax()),
                    "price", Money.text(item.price()), "is_excluded", item.excluded() ? 1 : 0,
                    "unit_measure", entry(Catalog.MEASUREMENT_UNITS, item.unitMeasureId()),
                    "standard_code", entry(Catalog.STANDARD_CODES, item.standardCodeId()),
                    "tribute", entry(Catalog.PRODUCT_TRIBUTES, item.tributeId()),
                    "total", line.lineTotal().stripTrailingZeros(),
                    "withholding_taxes", line.withholdings().stream().map(BillJson::itemWithholding).toList(),
                    "mandate", null));
        }
        return items;
    }

    private static Object itemWithholding(LineAmounts.WithholdingAmount withholding) {
        String name = Catalog.WITHHOLDING_TAXES.get(withholding.code());
        return Json.obj("tribute_code", withholding.code(), "name", name, "value", Money.text(withholding.value()),
                "rates", List.of(Json.obj("code", withholding.code(), "name", name,
                        "rate", Money.text(withholding.rate()))));
    }

    public static List<Object> withholdingTotals(BillTotals totals) {
        List<Object> rows = new ArrayList<>();
        totals.withholdings().forEach((code, value) -> rows.add(Json.obj("tribute_code", code,
                "name", Catalog.WITHHOLDING_TAXES.get(code), "value", Money.text(value))));
        return rows;
    }

    public static List<Object> allowanceCharges(List<BillDraft.AllowanceCharge> charges) {
        return charges.stream().<Object>map(charge -> Json.obj(
                "concept_type", Json.obj("code", charge.conceptType(), "name", "Recargo condicionado"),
                "is_surcharge", charge.surcharge(), "reason", charge.reason(),
                "base_amount", Money.text(charge.baseAmount()),
                "percentage", charge.baseAmount().signum() == 0 ? Money.ZERO.toPlainString()
                        : Money.text(charge.amount().multiply(BigDecimal.valueOf(100))
                                .divide(charge.baseAmount(), 10, java.math.RoundingMode.HALF_UP)),
                "amount", Money.text(charge.amount()))).toList();
    }

    private static Map<String, Object> document(BillDraft draft) {
        return codeAndName(Catalog.BILL_DOCUMENTS, draft.document());
    }

    public static Map<String, Object> codeAndName(Map<String, String> table, String code) {
        return Json.obj("code", code, "name", table.get(code));
    }

    private static Map<String, Object> entry(List<CodeEntry> table, int id) {
        CodeEntry entry = Catalog.byId(table, id);
        return entry == null ? null : entry.toJson();
    }

    private static Object valueOr(Map<String, Object> map, String key, Object fallback) {
        return map != null && map.get(key) != null ? map.get(key) : fallback;
    }

    private static int parseOr(Object value, int fallback) {
        try {
            return Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
