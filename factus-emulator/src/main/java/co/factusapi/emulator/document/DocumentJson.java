package co.factusapi.emulator.document;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.CodeEntry;
import co.factusapi.emulator.catalog.Company;
import co.factusapi.emulator.catalog.Municipality;
import co.factusapi.emulator.http.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** JSON blocks shared by the v1 documents (docs/factus-upstream.md §3.3): customer, establishment, items, totals. */
public final class DocumentJson {
    /** Any small valid PNG will do: the QR image payload is undocumented (docs/factus-upstream.md §12.2). */
    public static final String QR_IMAGE = "data:image/png;base64, "
            + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    private DocumentJson() {
    }

    public static Map<String, Object> customer(Customer customer, String dv) {
        Municipality municipality = customer.municipalityId() == null ? null
                : Catalog.municipality(customer.municipalityId());
        return Json.obj("identification", customer.identification(), "dv", dv,
                "graphic_representation_name", customer.displayName(), "trade_name", customer.tradeName(),
                "company", customer.company(), "names", customer.names(), "address", customer.address(),
                "email", customer.email(), "phone", customer.phone(),
                "legal_organization", entry(Catalog.LEGAL_ORGANIZATIONS, customer.legalOrganizationId()),
                "tribute", entry(Catalog.CUSTOMER_TRIBUTES, customer.tributeId()),
                "municipality", municipality == null ? null : municipality.toShortJson());
    }

    /** Without an establishment in the request, the company's own data is echoed. */
    public static Map<String, Object> establishment(Company company, Map<String, Object> sent) {
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

    /** An absent billing period is an empty array in v1, not null (§3.3). */
    public static Object billingPeriod(BillingPeriod period) {
        if (period == null) {
            return List.of();
        }
        return Json.obj("start_date", period.startDate(), "start_time", period.startTime(),
                "end_date", period.endDate(), "end_time", period.endTime());
    }

    /** Bill and note items (§3.3): {@code total} is a bare JSON number, {@code quantity} an integer. */
    public static List<Object> items(List<Item> drafts, DocumentTotals totals) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Item item = drafts.get(i);
            LineAmounts line = totals.lines().get(i);
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
                    "withholding_taxes", itemWithholdings(line),
                    "mandate", null));
        }
        return items;
    }

    /** {@code [{tribute_code, name, value, rates[{code, name, rate}]}]}, the same in v1 and v2 (§6, §7). */
    public static List<Object> itemWithholdings(LineAmounts line) {
        return line.withholdings().stream().<Object>map(withholding -> {
            String name = Catalog.WITHHOLDING_TAXES.get(withholding.code());
            return Json.obj("tribute_code", withholding.code(), "name", name,
                    "value", Money.text(withholding.value()), "rates", List.of(Json.obj("code", withholding.code(),
                            "name", name, "rate", Money.text(withholding.rate()))));
        }).toList();
    }

    public static List<Object> withholdingTotals(DocumentTotals totals) {
        List<Object> rows = new ArrayList<>();
        totals.withholdings().forEach((code, value) -> rows.add(Json.obj("tribute_code", code,
                "name", Catalog.WITHHOLDING_TAXES.get(code), "value", Money.text(value))));
        return rows;
    }

    public static List<Object> allowanceCharges(List<AllowanceCharge> charges) {
        return charges.stream().<Object>map(charge -> Json.obj(
                "concept_type", Json.obj("code", charge.conceptType(), "name", "Recargo condicionado"),
                "is_surcharge", charge.surcharge(), "reason", charge.reason(),
                "base_amount", Money.text(charge.baseAmount()),
                "percentage", charge.baseAmount().signum() == 0 ? Money.ZERO.toPlainString()
                        : Money.text(charge.amount().multiply(BigDecimal.valueOf(100))
                                .divide(charge.baseAmount(), 10, RoundingMode.HALF_UP)),
                "amount", Money.text(charge.amount()))).toList();
    }

    public static Map<String, Object> codeAndName(Map<String, String> table, String code) {
        return Json.obj("code", code, "name", table.get(code));
    }

    /** {@code {id, code, name}} of a Factus code-table row, or null. */
    public static Map<String, Object> entry(List<CodeEntry> table, int id) {
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

    /**
     * v2 items in the v1 item shape (our mapping, D: what Factus shows through v1 for a document sent through v2 is
     * unknown): {@code price} is the tax-inclusive unit price as v1 sends it, {@code total} base + tax, the first tax
     * gives {@code tax_rate} and {@code tribute}, decimal quantities stay decimal.
     */
    public static List<Object> v2ItemsInV1(List<V2Item> drafts, V2Totals amounts) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            V2Item item = drafts.get(i);
            V2Line line = amounts.lines().get(i);
            BigDecimal rates = line.taxes().stream().filter(tax -> !tax.excluded()).map(V2Line.TaxAmount::rate)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            V2Line.TaxAmount first = line.taxes().isEmpty() ? null : line.taxes().getFirst();
            boolean excluded = line.taxes().stream().allMatch(V2Line.TaxAmount::excluded);
            CodeEntry tribute = first == null ? null : Catalog.byCode(Catalog.PRODUCT_TRIBUTES, first.code());
            items.add(Json.obj("scheme_id", item.schemeId(), "note", item.note(),
                    "code_reference", item.codeReference(), "name", item.name(),
                    "quantity", item.quantity().stripTrailingZeros(),
                    "discount_rate", Money.text(item.discountRate()), "discount", Money.text(line.discount()),
                    "gross_value", Money.text(line.base()),
                    "tax_rate", Money.text(excluded ? BigDecimal.ZERO : first.rate()),
                    "taxable_amount", Money.text(line.base()), "tax_amount", Money.text(line.tax()),
                    "price", Money.text(Money.round(item.price().multiply(Money.grossUpFactor(rates)))),
                    "is_excluded", excluded ? 1 : 0,
                    "unit_measure", entryByCode(Catalog.MEASUREMENT_UNITS, item.unitMeasureCode()),
                    "standard_code", entryByCode(Catalog.STANDARD_CODES, item.standardCode()),
                    "tribute", tribute == null ? null : tribute.toJson(),
                    "total", line.base().add(line.tax()).stripTrailingZeros(),
                    "withholding_taxes", itemWithholdings(amounts.totals().lines().get(i)),
                    "mandate", item.mandate()));
        }
        return items;
    }

    /** A v1 {@code {id, code, name}} entry found by its code; a code the emulator does not list keeps a null id. */
    public static Map<String, Object> entryByCode(List<CodeEntry> table, String code) {
        CodeEntry entry = Catalog.byCode(table, code);
        return entry == null ? Json.obj("id", null, "code", code, "name", null) : entry.toJson();
    }

    /** v1 names the establishment's municipality by Factus id; a document sent through v2 gave its DANE code. */
    public static Map<String, Object> v1Establishment(Map<String, Object> sent) {
        if (sent == null || sent.get("municipality_code") == null) {
            return sent;
        }
        Municipality municipality = Catalog.municipalityByCode(sent.get("municipality_code").toString());
        Map<String, Object> v1 = new java.util.LinkedHashMap<>(sent);
        v1.put("municipality_id", municipality == null ? null : municipality.id());
        return v1;
    }
}
