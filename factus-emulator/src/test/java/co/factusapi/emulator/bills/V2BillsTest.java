package co.factusapi.emulator.bills;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.emulator.EmulatorTestSupport;
import co.factusapi.emulator.document.DianCheckDigit;
import co.factusapi.emulator.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code /v2/bills}: the v2 request and flat answer (v2 contract §3–§5, §9), issued into the same store as v1 bills.
 * The amounts are the contract's worked examples A, B and C (§4.2–§4.4), to the cent.
 */
class V2BillsTest extends EmulatorTestSupport {
    private static final String VALIDATE = "/v2/bills/validate";

    /** Example A (§3.5, §4.2): 1 × 10000.00 + 3 × 20000.00, IVA 19 %: 70000.00 + 13300.00 = 83300.00. */
    static Map<String, Object> exampleA(String reference) {
        return Json.obj("reference_code", reference, "numbering_range_id", 8, "document", "01",
                "operation_type", "10", "send_email", false, "observation", "Ejemplo A",
                "payment_details", List.of(Json.obj("payment_form", "1", "payment_method_code", "10",
                        "amount", "83300.00")),
                "cash_rounding_amount", "0.00",
                "customer", Json.obj("identification_document_code", "13", "identification", "1137624282",
                        "names", "Alan Turing", "legal_organization_code", "2", "tribute_code", "ZZ",
                        "country_code", "CO", "municipality_code", "68679", "email", "alan@example.com",
                        "address", "Calle 1 # 2-3", "phone", "3001234567"),
                "items", List.of(
                        item("PROD-000A", "Producto A", "1.00", "10000.00", "0.00", tax("01", "19.00")),
                        item("PROD-000B", "Producto B", "3.00", "20000.00", "0.00", tax("01", "19.00"))));
    }

    static Map<String, Object> item(String code, String name, String quantity, String price, String discountRate,
            Map<String, Object> tax) {
        return Json.obj("code_reference", code, "name", name, "quantity", quantity, "discount_rate", discountRate,
                "price", price, "unit_measure_code", "94", "standard_code", "999", "taxes", List.of(tax));
    }

    static Map<String, Object> tax(String code, String rate) {
        return Json.obj("code", code, "rate", rate);
    }

    private JsonNode created(Object bill) {
        Reply reply = post(VALIDATE, bill);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
        return reply.body().get("data");
    }

    @Test
    void exampleAValidatesIntoTheFlatV2Answer() {
        Reply reply = post(VALIDATE, exampleA("ARE-2026-0001"));

        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
        assertThat(reply.body().get("status").asString()).isEqualTo("Created");
        assertThat(reply.body().get("message").asString())
                .isEqualTo("Documento con el código de referencia ARE-2026-0001 registrado y validado con éxito");
        JsonNode data = reply.body().get("data");
        assertThat(data.has("bill")).isFalse();
        assertThat(data.has("id")).isFalse();
        assertThat(data.get("number").asString()).isEqualTo("SETP990000001");
        assertThat(data.get("reference_code").asString()).isEqualTo("ARE-2026-0001");
        assertThat(data.get("is_validated").isBoolean()).isTrue();
        assertThat(data.get("is_validated").asBoolean()).isTrue();
        assertThat(data.get("send_email").asBoolean()).isFalse();
        assertThat(data.get("validated_at").asString()).matches("\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d:\\d\\d [AP]M");
        assertThat(data.get("errors").isArray()).isTrue();
        assertThat(data.get("errors")).isEmpty();
        assertThat(data.get("cufe").asString()).matches("[0-9a-f]{96}");
        assertThat(data.get("links").get("qr").asString()).endsWith("documentkey=" + data.get("cufe").asString());
        assertThat(data.get("links").get("public_url").asString()).contains("/documents/bills/");
        assertThat(data.get("document_type").get("code").asString()).isEqualTo("01");
        assertThat(data.get("operation_type").get("name").asString()).isEqualTo("Estándar");
        assertThat(data.get("billing_period").isNull()).isTrue();
        assertThat(data.get("order_reference").isNull()).isTrue();
        assertThat(data.get("health").isNull()).isTrue();
        assertThat(data.get("company").get("establishment").get("municipality").get("code").isString()).isTrue();
        assertThat(data.get("customer").get("identification_document").get("code").asString()).isEqualTo("13");
        assertThat(data.get("customer").get("dv").isNull()).isTrue();
        assertThat(data.get("customer").get("municipality").get("code").asString()).isEqualTo("68679");
        JsonNode totals = data.get("totals");
        assertThat(totals.get("gross_amount").asString()).isEqualTo("70000.00");
        assertThat(totals.get("taxable_amount").asString()).isEqualTo("70000.00");
        assertThat(totals.get("tax_amount").asString()).isEqualTo("13300.00");
        assertThat(totals.get("surcharge_amount").asString()).isEqualTo("0.00");
        assertThat(totals.get("prepayment_amount").asString()).isEqualTo("0.00");
        assertThat(totals.get("total").asString()).isEqualTo("83300.00");
        JsonNode second = data.get("items").get(1);
        assertThat(second.get("quantity").asString()).isEqualTo("3.00");
        assertThat(second.get("price").asString()).isEqualTo("20000.00");
        assertThat(second.get("total").asString()).isEqualTo("60000.00");
        assertThat(second.get("unit_measure").get("code").asString()).isEqualTo("94");
        JsonNode secondTax = second.get("taxes").get(0);
        assertThat(secondTax.get("tribute").get("code").asString()).isEqualTo("01");
        assertThat(secondTax.get("is_excluded").asBoolean()).isFalse();
        assertThat(secondTax.get("rates").get(0).get("taxable_amount").asString()).isEqualTo("60000.00");
        assertThat(secondTax.get("rates").get(0).get("tax_amount").asString()).isEqualTo("11400.00");
        assertThat(secondTax.get("rates").get(0).get("rate").asString()).isEqualTo("19.00");
        JsonNode documentTax = data.get("taxes").get(0).get("rates").get(0);
        assertThat(documentTax.get("taxable_amount").asString()).isEqualTo("70000.00");
        assertThat(documentTax.get("tax_amount").asString()).isEqualTo("13300.00");
        JsonNode payment = data.get("payment_details").get(0);
        assertThat(payment.get("payment_form").get("name").asString()).isEqualTo("Pago de contado");
        assertThat(payment.get("payment_method").get("code").asString()).isEqualTo("10");
        assertThat(payment.get("amount").asString()).isEqualTo("83300.00");
        assertThat(payment.get("due_date").isNull()).isTrue();
        assertThat(data.get("related_notes").get("credit_notes")).isEmpty();
    }

    @Test
    void exampleBCashRoundingClosesTheCentsGap() {
        Map<String, Object> bill = with(with(exampleA("RED-1"), "items", List.of(
                item("AGUA", "BOTELLA AGUA", "1.00", "175925.93", "0.00", tax("04", "8.00")),
                item("ENER", "Energizante", "2.00", "14814.81", "0.00", tax("04", "8.00")),
                item("MANZ", "MANZANA VERDE", "1.00", "32407.41", "0.00", tax("01", "19.00")))),
                "payment_details", List.of(
                        Json.obj("payment_form", "1", "payment_method_code", "48", "amount", "100000"),
                        Json.obj("payment_form", "1", "payment_method_code", "10", "amount", "160550")));

        Reply unrounded = post(VALIDATE, bill);
        JsonNode data = created(with(bill, "cash_rounding_amount", "-14.81"));

        assertThat(unrounded.status()).isEqualTo(422);
        assertThat(unrounded.body().get("data").get("errors").has("payment_details")).isTrue();
        JsonNode totals = data.get("totals");
        assertThat(totals.get("taxable_amount").asString()).isEqualTo("237962.96");
        assertThat(totals.get("tax_amount").asString()).isEqualTo("22601.85");
        assertThat(totals.get("total").asString()).isEqualTo("260564.81");
        assertThat(data.get("items").get(0).get("taxes").get(0).get("rates").get(0).get("tax_amount").asString())
                .isEqualTo("14074.07");
        assertThat(data.get("items").get(1).get("taxes").get(0).get("rates").get(0).get("tax_amount").asString())
                .isEqualTo("2370.37");
        assertThat(data.get("items").get(2).get("taxes").get(0).get("rates").get(0).get("tax_amount").asString())
                .isEqualTo("6157.41");
        assertThat(data.get("taxes").valueStream().map(t -> t.get("tribute").get("code").asString()))
                .containsExactly("04", "01");
        assertThat(data.get("payment_details")).hasSize(2);
    }

    @Test
    void exampleCSameItemNetInV2AndTaxInclusiveInV1() {
        Map<String, Object> v2 = with(with(exampleA("EXC-V2"), "items", List.of(
                item("SDK-1", "Item SDK", "1.00", "50000.00", "20.00", tax("01", "19.00")))),
                "payment_details", List.of(Json.obj("payment_form", "1", "payment_method_code", "10",
                        "amount", "47600.00")));
        Map<String, Object> v1 = with(bill("EXC-V1"), "items", List.of(Json.obj("code_reference", "SDK-1",
                "name", "Item SDK", "quantity", 1, "discount_rate", 20, "price", 50000, "tax_rate", "19.00",
                "unit_measure_id", 70, "standard_code_id", 1, "is_excluded", 0, "tribute_id", 1)));

        JsonNode net = created(v2);
        JsonNode inclusive = validated(v1).get("bill");

        assertThat(net.get("items").get(0).get("discount").asString()).isEqualTo("10000.00");
        assertThat(net.get("totals").get("taxable_amount").asString()).isEqualTo("40000.00");
        assertThat(net.get("totals").get("tax_amount").asString()).isEqualTo("7600.00");
        assertThat(net.get("totals").get("total").asString()).isEqualTo("47600.00");
        assertThat(inclusive.get("taxable_amount").asString()).isEqualTo("33613.45");
        assertThat(inclusive.get("tax_amount").asString()).isEqualTo("6386.55");
        assertThat(inclusive.get("total").asString()).isEqualTo("40000.00");
        // The v1 bill through v2 keeps v1's amounts; the v2 one through v1 keeps v2's.
        JsonNode v1ThroughV2 = get("/v2/bills/" + inclusive.get("number").asString()).body().get("data");
        assertThat(v1ThroughV2.get("totals").get("total").asString()).isEqualTo("40000.00");
        assertThat(v1ThroughV2.get("totals").get("tax_amount").asString()).isEqualTo("6386.55");
        assertThat(v1ThroughV2.get("payment_details").get(0).get("amount").asString()).isEqualTo("40000.00");
        JsonNode v2ThroughV1 = get("/v1/bills/show/" + net.get("number").asString()).body().get("data");
        assertThat(v2ThroughV1.get("bill").get("total").asString()).isEqualTo("47600.00");
        assertThat(v2ThroughV1.get("bill").get("tax_amount").asString()).isEqualTo("7600.00");
        assertThat(v2ThroughV1.get("items").get(0).get("price").asString()).isEqualTo("59500.00");
        assertThat(v2ThroughV1.get("items").get(0).get("total").asDouble()).isEqualTo(47600.0);
    }

    @Test
    void oneStoreAndOneNumberingForV1AndV2() {
        JsonNode first = validated(bill("V1-FIRST")).get("bill");
        JsonNode second = created(exampleA("V2-SECOND"));
        JsonNode third = validated(bill("V1-THIRD")).get("bill");

        assertThat(first.get("number").asString()).isEqualTo("SETP990000001");
        assertThat(second.get("number").asString()).isEqualTo("SETP990000002");
        assertThat(third.get("number").asString()).isEqualTo("SETP990000003");
        JsonNode v1Show = get("/v1/bills/show/SETP990000002").body().get("data");
        assertThat(v1Show.get("bill").get("reference_code").asString()).isEqualTo("V2-SECOND");
        assertThat(v1Show.get("bill").get("cufe").asString()).isEqualTo(second.get("cufe").asString());
        assertThat(v1Show.get("bill").get("status").asInt()).isEqualTo(1);
        assertThat(v1Show.get("customer").get("names").asString()).isEqualTo("Alan Turing");
        assertThat(v1Show.get("customer").get("municipality").get("code").asString()).isEqualTo("68679");
        JsonNode v2Show = get("/v2/bills/SETP990000001").body();
        assertThat(v2Show.get("status").asString()).isEqualTo("OK");
        assertThat(v2Show.get("data").get("reference_code").asString()).isEqualTo("V1-FIRST");
        assertThat(v2Show.get("data").get("cufe").asString()).isEqualTo(first.get("cufe").asString());
        assertThat(v2Show.get("data").get("customer").get("identification_document").get("code").asString())
                .isEqualTo("13");
        JsonNode v1List = get("/v1/bills").body().get("data");
        JsonNode v2List = get("/v2/bills?filter[per_page]=2").body().get("data");
        assertThat(v1List.get("data").valueStream().map(row -> row.get("reference_code").asString()))
                .containsExactly("V1-THIRD", "V2-SECOND", "V1-FIRST");
        assertThat(v2List.get("data").valueStream().map(row -> row.get("number").asString()))
                .containsExactly("SETP990000003", "SETP990000002");
        assertThat(v2List.get("pagination").get("total").asInt()).isEqualTo(3);
        assertThat(v2List.get("pagination").get("per_page").asInt()).isEqualTo(2);
        assertThat(v2List.get("pagination").get("last_page").asInt()).isEqualTo(2);
        JsonNode row = v2List.get("data").get(1);
        assertThat(row.get("is_validated").asBoolean()).isTrue();
        assertThat(row.get("total").asString()).isEqualTo("83300.00");
        assertThat(row.get("customer").get("names").asString()).isEqualTo("Alan Turing");
        assertThat(get("/v2/bills/SETP990000099").status()).isEqualTo(404);
    }

    @Test
    void lookupByReferenceCodeAndCreatedAtRange() {
        created(exampleA("REF-AAA-1"));
        created(exampleA("REF-BBB-2"));

        JsonNode found = get("/v2/bills?filter[reference_code]=REF-BBB-2").body().get("data").get("data");
        JsonNode none = get("/v2/bills?filter[reference_code]=UNKNOWN").body().get("data").get("data");
        JsonNode future = get("/v2/bills?filter[created_at][start_date]=2999-01-01").body().get("data").get("data");

        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("reference_code").asString()).isEqualTo("REF-BBB-2");
        assertThat(none).isEmpty();
        assertThat(future).isEmpty();
    }

    @Test
    void downloadsPdfXmlAndMailsThroughV2Paths() {
        JsonNode data = created(exampleA("DL-1"));
        String number = data.get("number").asString();

        JsonNode pdf = get("/v2/bills/" + number + "/download-pdf").body().get("data");
        JsonNode xml = get("/v2/bills/" + number + "/download-xml").body().get("data");
        Reply mail = post("/v2/bills/" + number + "/send-email", Json.obj("email", "alan@example.com"));
        JsonNode events = get("/v2/bills/" + number + "/radian/events").body().get("data");

        assertThat(pdf.get("file_name").asString()).startsWith("fv");
        assertThat(new String(Base64.getDecoder().decode(pdf.get("pdf_base_64_encoded").asString()), 0, 5,
                StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String ubl = new String(Base64.getDecoder().decode(xml.get("xml_base_64_encoded").asString()),
                StandardCharsets.UTF_8);
        assertThat(ubl).contains(data.get("cufe").asString()).contains("83300.00");
        assertThat(mail.status()).isEqualTo(200);
        assertThat(mail.body().get("message").asString()).isEqualTo("Factura enviada al cliente con éxito");
        assertThat(events.isArray()).isTrue();
    }

    @Test
    void dianRejectionHoldsTheAccountUntilDeletedByReference() {
        Map<String, Object> wrongDv = with(exampleA("REJ-1"), "customer", Json.obj(
                "identification_document_code", "31", "identification", "900456789",
                "dv", String.valueOf((DianCheckDigit.of("900456789") + 1) % 10),
                "company", "Distribuidora Andina S.A.S.", "legal_organization_code", "1", "tribute_code", "01",
                "country_code", "CO", "municipality_code", "11001"));

        Reply rejected = post(VALIDATE, wrongDv);
        Reply blockedV2 = post(VALIDATE, exampleA("NEXT-V2"));
        Reply blockedV1 = validate(bill("NEXT-V1"));
        JsonNode pending = get("/v2/bills?filter[status]=0").body().get("data").get("data");
        Reply deleted = delete("/v2/bills/destroy/reference/REJ-1");
        Reply unknown = delete("/v2/bills/destroy/reference/REJ-1");
        JsonNode afterwards = created(exampleA("NEXT-V2"));
        Reply validatedDelete = delete("/v2/bills/destroy/reference/NEXT-V2");

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.body().get("status").asString()).isEqualTo("Validation error");
        assertThat(rejected.body().get("data").get("errors").get("FAK24").asString())
                .startsWith("Regla: FAK24, Rechazo:");
        assertThat(blockedV2.status()).isEqualTo(409);
        assertThat(blockedV2.body().get("message").asString())
                .isEqualTo("Se encontró una factura pendiente por enviar a la DIAN");
        assertThat(blockedV1.status()).isEqualTo(409);
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).get("reference_code").asString()).isEqualTo("REJ-1");
        assertThat(pending.get(0).get("is_validated").asBoolean()).isFalse();
        assertThat(pending.get(0).get("errors").get("FAK24").asString()).contains("Rechazo");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body().get("message").asString())
                .isEqualTo("Documento con código de referencia REJ-1 eliminado con éxito");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(afterwards.get("number").asString()).isEqualTo("SETP990000002");
        assertThat(validatedDelete.body().get("message").asString())
                .isEqualTo("Documento con código de referencia NEXT-V2 se encuentra validado");
    }

    @Test
    void slowDianAnswers201UnvalidatedAndTheSameReferenceValidatesIt() {
        control("POST", "dian/slow", Json.obj("count", 1));

        JsonNode pending = created(exampleA("SLOW-1"));
        JsonNode resent = created(exampleA("SLOW-1"));

        assertThat(pending.get("is_validated").asBoolean()).isFalse();
        assertThat(pending.get("validated_at").isNull()).isTrue();
        assertThat(pending.get("errors").isObject()).isTrue();
        assertThat(resent.get("number").asString()).isEqualTo(pending.get("number").asString());
        assertThat(resent.get("is_validated").asBoolean()).isTrue();
    }

    @Test
    void fieldErrorsHaveTheV2ShapeAndPaths() {
        Map<String, Object> bad = with(with(with(exampleA("BAD-1"), "payment_details", null), "customer",
                Json.obj("identification_document_id", 3, "identification", "123", "names", "X",
                        "legal_organization_code", "2", "municipality_code", "980")), "items", List.of(
                item("X", "X", "1.00", "100.00", "0.00", tax("03", "1.00"))));

        Reply reply = post(VALIDATE, bad);
        JsonNode errors = reply.body().get("data").get("errors");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().get("status").asString()).isEqualTo("Validation error");
        assertThat(reply.body().get("message").asString()).isEqualTo("Error de validación");
        assertThat(errors.get("payment_details").get(0).asString())
                .isEqualTo("El campo payment_details es obligatorio.");
        assertThat(errors.get("customer.identification_document_code").get(0).asString())
                .isEqualTo("El campo customer.identification_document_code es obligatorio.");
        assertThat(errors.get("customer.municipality_code").isArray()).isTrue();
        assertThat(errors.get("items.0.taxes.0.code").isArray()).isTrue();
        assertThat(get("/v2/bills").body().get("data").get("data")).isEmpty();
    }

    @Test
    void aFaultArmedOnTheV2ValidateFiresAndIsCounted() {
        control("POST", "faults", Json.obj("endpoint", "POST /v2/bills/validate", "type", "status", "status", 503,
                "count", 1));

        Reply faulted = post(VALIDATE, exampleA("FAULT-1"));
        Reply v1 = validate(bill("FAULT-V1"));
        Reply next = post(VALIDATE, exampleA("FAULT-1"));

        assertThat(faulted.status()).isEqualTo(503);
        assertThat(v1.status()).isEqualTo(201);
        assertThat(next.status()).isEqualTo(201);
        assertThat(next.body().get("data").get("number").asString()).isEqualTo("SETP990000002");
        assertThat(emulator.counters().requests()).containsEntry("POST /v2/bills/validate", 2L);
    }
}
