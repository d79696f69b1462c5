package co.factusapi.emulator.document;

import co.factusapi.emulator.catalog.Catalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The request blocks every v2 document shares (docs/factus-upstream.md §13; v2 contract §3): customer, items with net
 * prices and {@code taxes[]}, {@code payment_details[]}, {@code cash_rounding_amount}, establishment. Errors go to
 * the {@link FieldReader} keyed by v2 field paths ({@code customer.identification_document_code},
 * {@code items.0.taxes.0.code}, {@code payment_details.0.amount}). Codes are DIAN codes; amounts and quantities are
 * strings or numbers (v2 contract §1.4: the docs' own examples mix both).
 */
public final class V2Fields {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_CASH_ROUNDING = BigDecimal.valueOf(500);
    private static final Set<String> STANDARD_CODES = Set.of("999", "001", "020", "010");
    private static final Set<String> WITHHOLDINGS = Set.of("05", "06");
    private static final Set<String> RESPONSIBILITIES = Set.of("O-13", "O-15", "O-23", "O-47", "R-99-PN");

    private V2Fields() {
    }

    /** Optional; when sent, every field is required (§5), the municipality as a DANE code. */
    public static void establishment(FieldReader in, JsonNode node) {
        if (!FieldReader.present(node)) {
            return;
        }
        for (String field : List.of("name", "address", "phone_number", "email")) {
            in.text(node, field, "establishment." + field, true);
        }
        daneCode(in, node, "establishment.municipality_code", true);
    }

    /** A v2 customer (§3.3) that was sent: DIAN codes, a DANE municipality, ISO country; null when any field fails. */
    public static V2Customer customer(FieldReader in, JsonNode node) {
        int errorsBefore = in.errors().size();
        String document = requiredCode(in, node, "identification_document_code", "customer.",
                Catalog.IDENTIFICATION_DOCUMENT_CODES.keySet());
        String identification = in.text(node, "identification", "customer.identification", true);
        String legal = requiredCode(in, node, "legal_organization_code", "customer.", Set.of("1", "2"));
        // The debit-note field table lacks names; the bill table requires it for natural persons (§13, D).
        String company = in.text(node, "company", "customer.company", "1".equals(legal));
        String names = in.text(node, "names", "customer.names", "2".equals(legal));
        String tribute = in.stringCode(node, "tribute_code", "customer.tribute_code", Set.of("01", "ZZ"), "ZZ");
        String country = in.text(node, "country_code", "customer.country_code", false);
        if (country != null && !country.trim().matches("[A-Za-z]{2}")) {
            in.invalid("customer.country_code");
        }
        String municipality = daneCode(in, node, "customer.municipality_code", false);
        String email = in.text(node, "email", "customer.email", false);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            in.fail("customer.email", "El campo customer.email no es un correo válido.");
        }
        List<String> responsibilities = responsibilities(in, node.get("responsibilities"));
        if (in.errors().size() > errorsBefore) {
            return null;
        }
        String dv = DocumentFields.text(node, "dv");
        return new V2Customer(document, identification, "31".equals(document) ? dv : null, company,
                DocumentFields.text(node, "trade_name"), names, DocumentFields.text(node, "address"), email,
                DocumentFields.text(node, "phone"), legal, tribute,
                country == null ? "CO" : country.trim().toUpperCase(Locale.ROOT), municipality, responsibilities);
    }

    private static List<String> responsibilities(FieldReader in, JsonNode node) {
        if (!FieldReader.present(node)) {
            return List.of("R-99-PN");
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            String code = node.get(i).asString("");
            if (RESPONSIBILITIES.contains(code)) {
                codes.add(code);
            } else {
                in.invalid("customer.responsibilities." + i);
            }
        }
        if (!node.isArray()) {
            in.fail("customer.responsibilities", "El campo customer.responsibilities debe ser un arreglo.");
        }
        return codes;
    }

    /**
     * A 5-digit DANE code. Any well-formed code is taken, not only the municipalities the emulator lists, which are a
     * sample of DIAN's 1,122 (D).
     */
    public static String daneCode(FieldReader in, JsonNode node, String path, boolean required) {
        String code = in.text(node, path.substring(path.lastIndexOf('.') + 1), path, required);
        if (code != null && !code.trim().matches("\\d{5}")) {
            in.invalid(path);
            return null;
        }
        return code == null ? null : code.trim();
    }

    public static List<V2Item> items(FieldReader in, JsonNode node) {
        return items(in, node, Catalog.ITEM_TAXES.keySet(), true);
    }

    /**
     * @param taxCodes      the tax codes the family takes (support documents and their notes: only 01 IVA, §7.3)
     * @param taxesRequired whether every item needs {@code taxes[]}
     */
    public static List<V2Item> items(FieldReader in, JsonNode node, Set<String> taxCodes, boolean taxesRequired) {
        if (!FieldReader.present(node) || !node.isArray() || node.isEmpty()) {
            in.fail("items", "El campo items es obligatorio.");
            return List.of();
        }
        List<V2Item> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            V2Item item = item(in, node.get(i), "items." + i + ".", taxCodes, taxesRequired);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private static V2Item item(FieldReader in, JsonNode node, String prefix, Set<String> taxCodes,
            boolean taxesRequired) {
        int errorsBefore = in.errors().size();
        String code = in.text(node, "code_reference", prefix + "code_reference", true);
        String name = in.text(node, "name", prefix + "name", true);
        BigDecimal quantity = in.decimal(node, "quantity", prefix + "quantity", true);
        if (quantity != null && quantity.signum() <= 0) {
            in.fail(prefix + "quantity", "El campo " + prefix + "quantity debe ser mayor que 0.");
        }
        BigDecimal discountRate = percentage(in, node, "discount_rate", prefix + "discount_rate", false);
        BigDecimal discountAmount = discountAmount(in, node, prefix, discountRate);
        BigDecimal price = in.decimal(node, "price", prefix + "price", true);
        if (price != null && price.signum() < 0) {
            in.fail(prefix + "price", "El campo " + prefix + "price debe ser al menos 0.");
        }
        if (price != null && quantity != null && discountAmount != null
                && discountAmount.compareTo(quantity.multiply(price)) > 0) {
            in.fail(prefix + "discount_amount", "El campo " + prefix + "discount_amount no puede ser mayor que el "
                    + "valor de la línea.");
        }
        // DIAN has over a thousand unit codes and the emulator lists a dozen: any short code is taken (D).
        String unit = in.text(node, "unit_measure_code", prefix + "unit_measure_code", true);
        if (unit != null && !unit.trim().matches("[A-Za-z0-9]{1,3}")) {
            in.invalid(prefix + "unit_measure_code");
        }
        String standard = requiredCode(in, node, "standard_code", prefix, STANDARD_CODES);
        List<V2Item.Tax> taxes = taxes(in, node.get("taxes"), prefix, taxCodes, taxesRequired);
        List<Withholding> withholdings = withholdings(in, node.get("withholding_taxes"), prefix);
        if (in.errors().size() > errorsBefore) {
            return null;
        }
        return new V2Item(code, name, quantity, discountRate == null ? BigDecimal.ZERO : discountRate,
                discountAmount, price,
                unit.trim(), standard, taxes, withholdings, DocumentFields.text(node, "note"),
                DocumentFields.text(node, "scheme_id"), DocumentFields.object(node.get("mandate")));
    }

    /**
     * {@code discount_amount}, "either this or discount_rate" (v2 contract §3.4): both at once are refused only when
     * both are non-zero, because the docs' examples always send {@code "discount_rate": "0.00"} (our reading, D).
     */
    private static BigDecimal discountAmount(FieldReader in, JsonNode node, String prefix, BigDecimal rate) {
        String path = prefix + "discount_amount";
        BigDecimal amount = in.decimal(node, "discount_amount", path, false);
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            in.fail(path, "El campo " + path + " debe ser al menos 0.");
            return null;
        }
        if (amount.signum() > 0 && rate != null && rate.signum() > 0) {
            in.fail(path, "El campo " + path + " no puede enviarse junto con " + prefix + "discount_rate.");
            return null;
        }
        return amount.signum() == 0 ? null : amount;
    }

    /** Required, at least one (§5). {@code [{"is_excluded": true}]} marks an excluded line (§13). */
    private static List<V2Item.Tax> taxes(FieldReader in, JsonNode node, String prefix, Set<String> taxCodes,
            boolean required) {
        if (!required && (!FieldReader.present(node) || node.isArray() && node.isEmpty())) {
            return List.of();
        }
        if (!FieldReader.present(node) || !node.isArray() || node.isEmpty()) {
            in.fail(prefix + "taxes", "El campo " + prefix + "taxes es obligatorio.");
            return List.of();
        }
        List<V2Item.Tax> taxes = new ArrayList<>();
        for (int j = 0; j < node.size(); j++) {
            JsonNode tax = node.get(j);
            String path = prefix + "taxes." + j + ".";
            Boolean excluded = in.flag(tax, "is_excluded", path + "is_excluded", false);
            boolean isExcluded = Boolean.TRUE.equals(excluded);
            String code = isExcluded && !FieldReader.present(tax.get("code"))
                    ? "01" : requiredCode(in, tax, "code", path, taxCodes);
            BigDecimal rate = percentage(in, tax, "rate", path + "rate", !isExcluded);
            if (code != null && (isExcluded || rate != null)) {
                taxes.add(new V2Item.Tax(code, isExcluded ? BigDecimal.ZERO : rate, isExcluded));
            }
        }
        return taxes;
    }

    /** Self-withholdings {@code {code, rate}}: 05 ReteIVA and 06 ReteRenta; 07 ReteICA is gone in v2 (§13). */
    private static List<Withholding> withholdings(FieldReader in, JsonNode node, String prefix) {
        if (!FieldReader.present(node) || !node.isArray()) {
            return List.of();
        }
        List<Withholding> withholdings = new ArrayList<>();
        for (int j = 0; j < node.size(); j++) {
            String path = prefix + "withholding_taxes." + j + ".";
            String code = requiredCode(in, node.get(j), "code", path, WITHHOLDINGS);
            BigDecimal rate = percentage(in, node.get(j), "rate", path + "rate", true);
            if (code != null && rate != null) {
                withholdings.add(new Withholding(code, rate));
            }
        }
        return withholdings;
    }

    /** Signed, at most ±500.00 (§13). */
    public static BigDecimal cashRounding(FieldReader in, JsonNode body) {
        BigDecimal value = in.decimal(body, "cash_rounding_amount", "cash_rounding_amount", false);
        if (value != null && value.abs().compareTo(MAX_CASH_ROUNDING) > 0) {
            in.fail("cash_rounding_amount", "El campo cash_rounding_amount debe estar entre -500 y 500.");
            return BigDecimal.ZERO;
        }
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Required, one entry per means of payment; {@code due_date} is required for credit (form 2) (§13). */
    public static List<PaymentDetail> payments(FieldReader in, JsonNode node) {
        if (!FieldReader.present(node) || !node.isArray() || node.isEmpty()) {
            in.fail("payment_details", "El campo payment_details es obligatorio.");
            return List.of();
        }
        List<PaymentDetail> payments = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode payment = node.get(i);
            String path = "payment_details." + i + ".";
            String form = requiredCode(in, payment, "payment_form", path, Catalog.PAYMENT_FORMS.keySet());
            String method = requiredCode(in, payment, "payment_method_code", path, Catalog.PAYMENT_METHODS.keySet());
            BigDecimal amount = in.decimal(payment, "amount", path + "amount", true);
            if (amount != null && amount.signum() < 0) {
                in.fail(path + "amount", "El campo " + path + "amount debe ser al menos 0.");
            }
            LocalDate due = in.date(payment, "due_date", path + "due_date", "2".equals(form));
            if (form != null && method != null && amount != null) {
                payments.add(new PaymentDetail(form, method, amount, due,
                        DocumentFields.text(payment, "reference_code")));
            }
        }
        return payments;
    }

    /**
     * Σ amount = total + cash_rounding_amount (§13). Whether Factus enforces it is unknown; the emulator does, so that
     * a payload Factus might refuse never passes here. The wording is ours (D).
     */
    public static void checkPaymentsAddUp(FieldReader in, List<PaymentDetail> payments, BigDecimal cashRounding,
            BigDecimal total, String documentName) {
        BigDecimal paid = payments.stream().map(PaymentDetail::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (paid.compareTo(total.add(cashRounding)) != 0) {
            in.fail("payment_details", "La suma de payment_details.*.amount (" + paid.setScale(2)
                    + ") debe ser igual al total de la " + documentName + " (" + total
                    + ") más cash_rounding_amount.");
        }
    }

    public static String requiredCode(FieldReader in, JsonNode node, String field, Set<String> allowed) {
        return requiredCode(in, node, field, "", allowed);
    }

    public static String requiredCode(FieldReader in, JsonNode node, String field, String prefix,
            Set<String> allowed) {
        if (!FieldReader.present(node.get(field))) {
            in.fail(prefix + field, "El campo " + prefix + field + " es obligatorio.");
            return null;
        }
        return in.stringCode(node, field, prefix + field, allowed, null);
    }

    public static BigDecimal percentage(FieldReader in, JsonNode node, String field, String path, boolean required) {
        BigDecimal value = in.decimal(node, field, path, required);
        if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            in.fail(path, "El campo " + path + " debe estar entre 0 y 100.");
            return null;
        }
        return value;
    }
}
