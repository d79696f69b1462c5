package co.factusapi.emulator.debitnotes;

import co.factusapi.emulator.bills.Bill;
import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.Company;
import co.factusapi.emulator.document.BillingPeriod;
import co.factusapi.emulator.document.ColombiaTime;
import co.factusapi.emulator.document.DocumentJson;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.document.Money;
import co.factusapi.emulator.http.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Debit notes in the flat v2 shape (docs/factus-upstream.md §5.2, §13). Factus documents no debit-note answer, so
 * this follows the v2 bill field table and the only real v2 document answer, the adjustment note's (§7); every key
 * below is D unless the bill table has it. Booleans are JSON booleans, money and quantities 2-decimal strings,
 * timestamps {@code dd-MM-yyyy hh:mm:ss AM/PM} in Colombian time, dates {@code dd-MM-yyyy}.
 */
final class DebitNoteJson {
    private DebitNoteJson() {
    }

    static Map<String, Object> full(DebitNote note) {
        DebitNoteDraft draft = note.draft();
        return Json.obj("reference_code", note.referenceCode(), "number", note.number(),
                "payment_details", paymentDetails(draft),
                "correction_concept", DocumentJson.codeAndName(Catalog.DEBIT_NOTE_CONCEPTS,
                        draft.correctionConceptCode()),
                "customization", DocumentJson.codeAndName(Catalog.DEBIT_NOTE_CUSTOMIZATIONS, draft.customizationId()),
                "is_validated", note.dian().validated(),
                "validated_at", ColombiaTime.timestamp(note.dian().validatedAt()),
                // The only real v2 example lists the DIAN messages as strings; an empty list is [] (§5.2).
                "errors", note.dian().errors(),
                "observation", draft.observation(), "send_email", draft.sendEmail(),
                "created_at", ColombiaTime.timestamp(note.createdAt()),
                "company", company(note.company(), draft.establishment()),
                "customer", draft.customer().toJson(),
                "numbering_range", note.range().toDocumentJson(),
                "billing_period", billingPeriod(draft.billingPeriod()),
                "items", items(note),
                "allowance_charges", DocumentJson.allowanceCharges(draft.allowanceCharges()),
                "taxes", documentTaxes(note),
                "withholding_taxes", DocumentJson.withholdingTotals(note.totals()),
                "totals", totals(note.totals()),
                "cude", note.cude(),
                // SDKs read a top-level qr as well as links.qr (§5.2, D): both carry the same URL.
                "qr", note.qrUrl(),
                "related_bill", relatedBill(note.bill()),
                "links", Json.obj("qr", note.qrUrl(), "public_url", note.publicUrl()));
    }

    /** Like the adjustment-note rows of the v2 docs (§5.2), with the customer in place of the provider. */
    static Map<String, Object> listRow(DebitNote note) {
        return Json.obj("api_client_name", "Factus emulator", "number", note.number(),
                "reference_code", note.referenceCode(), "customer", note.customer().toJson(),
                "total", Money.text(note.totals().total()), "errors", note.dian().errors(),
                "send_email", note.draft().sendEmail(), "is_validated", note.dian().validated(),
                "validated_at", ColombiaTime.timestamp(note.dian().validatedAt()),
                "created_at", ColombiaTime.timestamp(note.createdAt()));
    }

    private static List<Object> paymentDetails(DebitNoteDraft draft) {
        return draft.paymentDetails().stream().<Object>map(payment -> Json.obj(
                "payment_form", DocumentJson.codeAndName(Catalog.PAYMENT_FORMS, payment.paymentForm()),
                "payment_method", DocumentJson.codeAndName(Catalog.PAYMENT_METHODS, payment.paymentMethodCode()),
                "reference_code", payment.referenceCode(), "amount", Money.text(payment.amount()),
                "due_date", day(payment.dueDate()))).toList();
    }

    /** The slim v2 company, with the establishment inside it (§5.2). */
    private static Map<String, Object> company(Company company, Map<String, Object> sent) {
        String municipality = valueOr(sent, "municipality_code", company.municipalityCode());
        return Json.obj("url_logo", company.urlLogo(), "nit", company.nit(), "dv", company.dv(),
                "economic_activity", company.economicActivity(),
                "establishment", Json.obj("name", valueOr(sent, "name", company.displayName()),
                        "address", valueOr(sent, "address", company.address()),
                        "phone_number", valueOr(sent, "phone_number", company.phone()),
                        "email", valueOr(sent, "email", company.email()),
                        "municipality", V2Customer.municipalityJson(municipality)));
    }

    /** Absent optional objects are null in v2, not [] as in v1 (§5.2). */
    private static Object billingPeriod(BillingPeriod period) {
        if (period == null) {
            return null;
        }
        return Json.obj("start_date", day(LocalDate.parse(period.startDate())), "start_time", period.startTime(),
                "end_date", day(LocalDate.parse(period.endDate())), "end_time", period.endTime());
    }

    /**
     * v2 items (§5.2): {@code total} is the net line base, a string; {@code gross_value} is the unit price,
     * as in the docs' adjustment-note answer (§5.2: do not rely on it).
     */
    private static List<Object> items(DebitNote note) {
        List<Object> items = new ArrayList<>();
        List<V2Item> drafts = note.draft().items();
        for (int i = 0; i < drafts.size(); i++) {
            V2Item item = drafts.get(i);
            V2Line line = note.amounts().lines().get(i);
            items.add(Json.obj("code_reference", item.codeReference(), "name", item.name(),
                    "quantity", Money.text(item.quantity()),
                    "unit_measure", Json.obj("code", item.unitMeasureCode(), "name", unitName(item.unitMeasureCode())),
                    "standard_code", Json.obj("code", item.standardCode(), "name", standardName(item.standardCode())),
                    "discount_rate", Money.text(item.discountRate()), "discount", Money.text(line.discount()),
                    "gross_value", Money.text(item.price()), "price", Money.text(item.price()),
                    "total", Money.text(line.base()), "note", item.note(), "scheme_id", item.schemeId(),
                    "mandate", item.mandate(),
                    "taxes", line.taxes().stream().<Object>map(tax -> taxJson(tax.code(), tax.excluded(),
                            List.of(rate(tax.base(), tax.amount(), tax.rate())))).toList(),
                    "withholding_taxes", DocumentJson.itemWithholdings(note.totals().lines().get(i))));
        }
        return items;
    }

    /** The document's taxes by code and rate (§5.2), excluded lines apart. */
    private static List<Object> documentTaxes(DebitNote note) {
        record Key(String code, boolean excluded) {
        }
        Map<Key, Map<BigDecimal, BigDecimal[]>> byTax = new LinkedHashMap<>();
        for (V2Line line : note.amounts().lines()) {
            for (V2Line.TaxAmount tax : line.taxes()) {
                BigDecimal rate = tax.rate() == null ? Money.ZERO : Money.round(tax.rate());
                BigDecimal[] sums = byTax.computeIfAbsent(new Key(tax.code(), tax.excluded()),
                        key -> new LinkedHashMap<>()).computeIfAbsent(rate,
                        key -> new BigDecimal[] {Money.ZERO, Money.ZERO});
                sums[0] = sums[0].add(tax.base());
                sums[1] = sums[1].add(tax.amount());
            }
        }
        List<Object> taxes = new ArrayList<>();
        byTax.forEach((key, rates) -> taxes.add(taxJson(key.code(), key.excluded(), rates.entrySet().stream()
                .<Object>map(e -> rate(e.getValue()[0], e.getValue()[1], key.excluded() ? null : e.getKey()))
                .toList())));
        return taxes;
    }

    private static Map<String, Object> taxJson(String code, boolean excluded, List<Object> rates) {
        return Json.obj("tribute", Json.obj("code", code, "name", Catalog.ITEM_TAXES.get(code)),
                "is_excluded", excluded, "rates", rates);
    }

    private static Map<String, Object> rate(BigDecimal base, BigDecimal amount, BigDecimal rate) {
        return Json.obj("taxable_amount", Money.text(base), "tax_amount", Money.text(amount),
                "rate", rate == null ? null : Money.text(rate));
    }

    /**
     * The six documented keys (§5.2). Whether gross excludes item discounts and whether taxable leaves
     * out excluded lines is not shown anywhere (D): both are the sum of the line bases, as in v1.
     */
    private static Map<String, Object> totals(DocumentTotals totals) {
        return Json.obj("prepayment_amount", Money.ZERO.toPlainString(), "gross_amount", Money.text(totals.gross()),
                "taxable_amount", Money.text(totals.gross()), "tax_amount", Money.text(totals.tax()),
                "surcharge_amount", Money.text(totals.surcharge()), "total", Money.text(totals.total()));
    }

    /** Like the adjustment note's {@code support_document{reference_code, number, cuds}} (§5.2). */
    private static Map<String, Object> relatedBill(Bill bill) {
        return bill == null ? null
                : Json.obj("reference_code", bill.referenceCode(), "number", bill.number(), "cufe", bill.cufe());
    }

    private static String unitName(String code) {
        return Catalog.MEASUREMENT_UNITS.stream().filter(unit -> unit.code().equals(code)).map(unit -> unit.name())
                .findFirst().orElse(null);
    }

    private static String standardName(String code) {
        return Catalog.STANDARD_CODES.stream().filter(standard -> standard.code().equals(code))
                .map(standard -> standard.name()).findFirst().orElse(null);
    }

    private static String day(LocalDate date) {
        return ColombiaTime.day(date);
    }

    private static String valueOr(Map<String, Object> map, String key, String fallback) {
        return map != null && map.get(key) != null ? map.get(key).toString() : fallback;
    }
}
