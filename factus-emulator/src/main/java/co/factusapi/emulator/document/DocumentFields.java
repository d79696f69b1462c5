package co.factusapi.emulator.document;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.CodeEntry;
import co.factusapi.emulator.catalog.Municipality;
import co.factusapi.emulator.catalog.NumberingRange;
import co.factusapi.emulator.catalog.NumberingRanges;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * v1 request parts shared by bills, credit notes, support documents and adjustment notes (docs/factus-upstream.md
 * §3.2, §4, §6, §7): customer, items, charges, periods.
 */
public final class DocumentFields {
    private static final Set<Integer> IDENTIFICATION_DOCUMENT_IDS = ids(Catalog.IDENTIFICATION_DOCUMENTS);
    private static final Set<Integer> LEGAL_ORGANIZATION_IDS = ids(Catalog.LEGAL_ORGANIZATIONS);
    private static final Set<Integer> CUSTOMER_TRIBUTE_IDS = ids(Catalog.CUSTOMER_TRIBUTES);
    private static final Set<Integer> PRODUCT_TRIBUTE_IDS = ids(Catalog.PRODUCT_TRIBUTES);
    private static final Set<Integer> UNIT_IDS = ids(Catalog.MEASUREMENT_UNITS);
    private static final Set<Integer> STANDARD_CODE_IDS = ids(Catalog.STANDARD_CODES);
    private static final Set<Integer> MUNICIPALITY_IDS = Catalog.MUNICIPALITIES.stream()
            .map(Municipality::id).collect(Collectors.toUnmodifiableSet());
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DocumentFields() {
    }

    /**
     * An active range of the given document type of this account; optional only while exactly one such range is
     * active (docs/factus-upstream.md §3.2, §4). Returns -1 when missing.
     */
    public static int numberingRange(FieldReader in, JsonNode body, NumberingRanges ranges, String document) {
        List<NumberingRange> active = ranges.active(document);
        Integer id = in.integer(body, "numbering_range_id", "numbering_range_id", active.size() != 1);
        if (id == null) {
            return active.size() == 1 ? active.getFirst().id() : -1;
        }
        if (active.stream().noneMatch(range -> range.id() == id)) {
            in.invalid("numbering_range_id");
        }
        return id;
    }

    /** At most 250 characters; an empty one is no observation (§3.2). */
    public static String observation(FieldReader in, JsonNode body) {
        String observation = in.text(body, "observation", "observation", false);
        if (observation != null && observation.length() > 250) {
            in.fail("observation", "El campo observación no debe ser mayor que 250 caracteres.");
        }
        return observation;
    }

    public static BillingPeriod billingPeriod(FieldReader in, JsonNode node) {
        if (!FieldReader.present(node)) {
            return null;
        }
        LocalDate start = in.date(node, "start_date", "billing_period.start_date", true);
        LocalDate end = in.date(node, "end_date", "billing_period.end_date", true);
        if (start != null && end != null && !end.isAfter(start)) {
            in.fail("billing_period.end_date", "El campo fecha de fin debe ser una fecha posterior a fecha de inicio.");
        }
        return new BillingPeriod(text(node, "start_date"), text(node, "start_time"),
                text(node, "end_date"), text(node, "end_time"));
    }

    public static Customer customer(FieldReader in, JsonNode node) {
        if (!FieldReader.present(node) || !node.isObject()) {
            in.fail("customer", "El campo customer es obligatorio.");
            return null;
        }
        Integer documentId = in.code(node, "identification_document_id", "customer.identification_document_id",
                true, IDENTIFICATION_DOCUMENT_IDS);
        String identification = in.text(node, "identification", "customer.identification", true);
        Integer legal = in.code(node, "legal_organization_id", "customer.legal_organization_id", true,
                LEGAL_ORGANIZATION_IDS);
        Integer tribute = in.code(node, "tribute_id", "customer.tribute_id", true, CUSTOMER_TRIBUTE_IDS);
        Integer municipality = in.code(node, "municipality_id", "customer.municipality_id", false,
                MUNICIPALITY_IDS);
        String company = in.text(node, "company", "customer.company", Integer.valueOf(1).equals(legal));
        String names = in.text(node, "names", "customer.names", Integer.valueOf(2).equals(legal));
        String email = in.text(node, "email", "customer.email", false);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            in.fail("customer.email", "El campo customer.email no es un correo válido.");
        }
        String dv = in.text(node, "dv", "customer.dv", false);
        if (in.hasErrors() && (documentId == null || legal == null || tribute == null || identification == null)) {
            return null;
        }
        return new Customer(documentId, identification, dv, company, text(node, "trade_name"), names,
                text(node, "address"), email, text(node, "phone"), legal, tribute, municipality);
    }

    /** Bill and credit-note items: tax-inclusive price, {@code tax_rate}, {@code tribute_id}, {@code is_excluded}. */
    public static List<Item> items(FieldReader in, JsonNode node) {
        return items(in, node, true);
    }

    /**
     * Support-document and adjustment-note items (docs/factus-upstream.md §6, §7): the v1 field table has no tax
     * fields and Factus answers every line excluded with tax 0, so tax fields sent anyway are ignored (Laravel
     * ignores unknown fields); the withholdings are the ones the buyer applies to the provider.
     */
    public static List<Item> untaxedItems(FieldReader in, JsonNode node) {
        return items(in, node, false);
    }

    private static List<Item> items(FieldReader in, JsonNode node, boolean taxed) {
        if (!FieldReader.present(node) || !node.isArray() || node.isEmpty()) {
            in.fail("items", "El campo items es obligatorio.");
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String prefix = "items." + i + ".";
            Item item = taxed ? item(in, node.get(i), prefix) : untaxedItem(in, node.get(i), prefix);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private static Item untaxedItem(FieldReader in, JsonNode node, String prefix) {
        String code = in.text(node, "code_reference", prefix + "code_reference", true);
        String name = in.text(node, "name", prefix + "name", true);
        Integer quantity = quantity(in, node, prefix);
        BigDecimal discountRate = percentage(in, node, "discount_rate", prefix);
        BigDecimal price = price(in, node, prefix);
        Integer unit = in.code(node, "unit_measure_id", prefix + "unit_measure_id", true, UNIT_IDS);
        Integer standard = in.code(node, "standard_code_id", prefix + "standard_code_id", true, STANDARD_CODE_IDS);
        List<Withholding> withholdings = withholdings(in, node.get("withholding_taxes"), prefix);
        if (code == null || name == null || quantity == null || discountRate == null || price == null
                || unit == null || standard == null) {
            return null;
        }
        return new Item(code, name, quantity, discountRate, price, BigDecimal.ZERO, unit, standard, true,
                Catalog.IVA, null, text(node, "note"), withholdings);
    }

    private static Integer quantity(FieldReader in, JsonNode node, String prefix) {
        Integer quantity = in.integer(node, "quantity", prefix + "quantity", true);
        if (quantity != null && quantity < 1) {
            in.fail(prefix + "quantity", "El campo " + prefix + "quantity debe ser al menos 1.");
            return null;
        }
        return quantity;
    }

    private static BigDecimal price(FieldReader in, JsonNode node, String prefix) {
        BigDecimal price = in.decimal(node, "price", prefix + "price", true);
        if (price != null && price.signum() < 0) {
            in.fail(prefix + "price", "El campo " + prefix + "price debe ser al menos 0.");
            return null;
        }
        return price;
    }

    private static Item item(FieldReader in, JsonNode node, String prefix) {
        String code = in.text(node, "code_reference", prefix + "code_reference", true);
        String name = in.text(node, "name", prefix + "name", true);
        Integer quantity = quantity(in, node, prefix);
        BigDecimal discountRate = percentage(in, node, "discount_rate", prefix);
        BigDecimal price = price(in, node, prefix);
        BigDecimal taxRate = percentage(in, node, "tax_rate", prefix);
        Integer unit = in.code(node, "unit_measure_id", prefix + "unit_measure_id", true, UNIT_IDS);
        Integer standard = in.code(node, "standard_code_id", prefix + "standard_code_id", true, STANDARD_CODE_IDS);
        Boolean excluded = in.flag(node, "is_excluded", prefix + "is_excluded", true);
        Integer tribute = in.code(node, "tribute_id", prefix + "tribute_id", true, PRODUCT_TRIBUTE_IDS);
        if (Boolean.TRUE.equals(excluded) && tribute != null && tribute != Catalog.IVA) {
            in.fail("items", "El impuesto excluido solo puede ser aplicado al IVA");
        }
        List<Withholding> withholdings = withholdings(in, node.get("withholding_taxes"), prefix);
        if (code == null || name == null || quantity == null || discountRate == null || price == null
                || taxRate == null || unit == null || standard == null || excluded == null || tribute == null) {
            return null;
        }
        return new Item(code, name, quantity, discountRate, price, taxRate, unit, standard, excluded,
                tribute, text(node, "scheme_id"), text(node, "note"), withholdings);
    }

    private static BigDecimal percentage(FieldReader in, JsonNode node, String field, String prefix) {
        BigDecimal value = in.decimal(node, field, prefix + field, true);
        if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            in.fail(prefix + field, "El campo " + prefix + field + " debe estar entre 0 y 100.");
            return null;
        }
        return value;
    }

    private static List<Withholding> withholdings(FieldReader in, JsonNode node, String prefix) {
        if (!FieldReader.present(node) || !node.isArray()) {
            return List.of();
        }
        List<Withholding> withholdings = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = prefix + "withholding_taxes." + i + ".";
            String code = in.stringCode(node.get(i), "code", path + "code", Catalog.WITHHOLDING_TAXES.keySet(), null);
            if (code == null && !in.errors().containsKey(path + "code")) {
                in.fail(path + "code", "El campo " + path + "code es obligatorio.");
            }
            // The support-document field table spells it "withhoding_tax_rate" (sic), its example the right way (§6).
            String rateField = FieldReader.present(node.get(i).get("withholding_tax_rate"))
                    || !FieldReader.present(node.get(i).get("withhoding_tax_rate"))
                    ? "withholding_tax_rate" : "withhoding_tax_rate";
            BigDecimal rate = percentage(in, node.get(i), rateField, path);
            if (code != null && rate != null) {
                withholdings.add(new Withholding(code, rate));
            }
        }
        return withholdings;
    }

    public static List<AllowanceCharge> allowanceCharges(FieldReader in, JsonNode node) {
        if (!FieldReader.present(node) || !node.isArray()) {
            return List.of();
        }
        List<AllowanceCharge> charges = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode charge = node.get(i);
            String path = "allowance_charges." + i + ".";
            // Only concept 03 "Recargo condicionado" is enabled in v1 (§3.2).
            String concept = in.stringCode(charge, "concept_type", path + "concept_type", Set.of("03"), null);
            Boolean surcharge = in.flag(charge, "is_surcharge", path + "is_surcharge", true);
            String reason = in.text(charge, "reason", path + "reason", true);
            BigDecimal base = in.decimal(charge, "base_amount", path + "base_amount", true);
            BigDecimal amount = in.decimal(charge, "amount", path + "amount", true);
            if (concept != null && surcharge != null && reason != null && base != null && amount != null) {
                charges.add(new AllowanceCharge(concept, surcharge, reason, base, amount));
            }
        }
        return charges;
    }

    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return FieldReader.present(value) && value.isValueNode() ? value.asString() : null;
    }

    public static Map<String, Object> object(JsonNode node) {
        if (!FieldReader.present(node) || !node.isObject()) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        node.properties().forEach(entry -> map.put(entry.getKey(), entry.getValue().isValueNode()
                ? entry.getValue().asString() : null));
        return map;
    }

    private static Set<Integer> ids(List<CodeEntry> table) {
        return table.stream().map(CodeEntry::id).collect(Collectors.toUnmodifiableSet());
    }
}
