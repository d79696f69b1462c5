package co.factusapi.emulator.document;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.Company;
import co.factusapi.emulator.http.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON blocks every flat v2 document answer shares (v2 contract §5.1; docs/factus-upstream.md §13): payment details,
 * the slim company with its establishment, items with {@code taxes[]{tribute, is_excluded, rates[]}}, the document
 * tax summary and the six totals. Booleans are JSON booleans, money and quantities 2-decimal strings, dates
 * {@code dd-MM-yyyy}, absent optional objects null.
 */
public final class V2Json {
    private V2Json() {
    }

    /** {@code [{payment_form{code,name}, payment_method{code,name}, reference_code, amount, due_date}]} (§5.1). */
    public static List<Object> paymentDetails(List<PaymentDetail> payments) {
        return payments.stream().<Object>map(payment -> Json.obj(
                "payment_form", DocumentJson.codeAndName(Catalog.PAYMENT_FORMS, payment.paymentForm()),
                "payment_method", DocumentJson.codeAndName(Catalog.PAYMENT_METHODS, payment.paymentMethodCode()),
                "reference_code", payment.referenceCode(), "amount", Money.text(payment.amount()),
                "due_date", day(payment.dueDate()))).toList();
    }

    /** The slim v2 company, with the establishment inside it (§5.2). */
    public static Map<String, Object> company(Company company, Map<String, Object> sent) {
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
    public static Object billingPeriod(BillingPeriod period) {
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
    public static List<Object> items(List<V2Item> drafts, V2Totals amounts) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            V2Item item = drafts.get(i);
            V2Line line = amounts.lines().get(i);
            items.add(Json.obj("code_reference", item.codeReference(), "name", item.name(),
                    "quantity", Money.text(item.quantity()),
                    "unit_measure", Json.obj("code", item.unitMeasureCode(), "name", unitName(item.unitMeasureCode())),
                    "standard_code", Json.obj("code", item.standardCode(), "name", standardName(item.standardCode())),
                    "discount_rate", Money.text(item.discountRate()), "discount", Money.text(line.discount()),
                    "gross_value", Money.text(item.price()), "price", Money.text(item.price()),
                    "total", Money.text(line.base()), "note", item.note(), "scheme_id", item.schemeId(),
                    "collection_concept", null, "mandate", item.mandate(), "additional_properties", List.of(),
                    "taxes", line.taxes().stream().<Object>map(tax -> taxJson(tax.code(), tax.excluded(),
                            List.of(rate(tax.base(), tax.amount(), tax.rate())))).toList(),
                    "withholding_taxes", DocumentJson.itemWithholdings(amounts.totals().lines().get(i))));
        }
        return items;
    }

    /** The document's taxes by code and rate (§5.2), excluded lines apart. */
    public static List<Object> documentTaxes(V2Totals amounts) {
        record Key(String code, boolean excluded) {
        }
        Map<Key, Map<BigDecimal, BigDecimal[]>> byTax = new LinkedHashMap<>();
        for (V2Line line : amounts.lines()) {
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
    public static Map<String, Object> totals(DocumentTotals totals) {
        return Json.obj("prepayment_amount", Money.ZERO.toPlainString(), "gross_amount", Money.text(totals.gross()),
                "taxable_amount", Money.text(totals.gross()), "tax_amount", Money.text(totals.tax()),
                "surcharge_amount", Money.text(totals.surcharge()), "total", Money.text(totals.total()));
    }

    public static String unitName(String code) {
        return Catalog.MEASUREMENT_UNITS.stream().filter(unit -> unit.code().equals(code)).map(unit -> unit.name())
                .findFirst().orElse(null);
    }

    public static String standardName(String code) {
        return Catalog.STANDARD_CODES.stream().filter(standard -> standard.code().equals(code))
                .map(standard -> standard.name()).findFirst().orElse(null);
    }

    public static String day(LocalDate date) {
        return ColombiaTime.day(date);
    }

    private static String valueOr(Map<String, Object> map, String key, String fallback) {
        return map != null && map.get(key) != null ? map.get(key).toString() : fallback;
    }
}
