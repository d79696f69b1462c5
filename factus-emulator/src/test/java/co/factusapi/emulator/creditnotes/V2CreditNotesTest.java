package co.factusapi.emulator.creditnotes;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.emulator.EmulatorTestSupport;
import co.factusapi.emulator.bills.PdfPages;
import co.factusapi.emulator.http.Json;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code /v2/credit-notes} (v2 contract §7.1): the v1 credit-note store, range and rules behind v2 paths, the
 * corrected bill named by number, net prices with {@code taxes[]}; each version shows the other's notes.
 */
class V2CreditNotesTest extends EmulatorTestSupport {
    private static final String VALIDATE = "/v2/credit-notes/validate";

    @Test
    void creditsAV2BillByNumberWithNetPricesIntoTheSharedStore() {
        JsonNode bill = v2Bill("FAC-1");

        Reply reply = post(VALIDATE, note("NC-REF-1", bill.get("number").asString()));

        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
        assertThat(reply.body().get("status").asString()).isEqualTo("Created");
        assertThat(reply.body().get("message").asString())
                .isEqualTo("Documento con el código de referencia NC-REF-1 registrado y validado con éxito");
        JsonNode data = reply.body().get("data");
        assertThat(data.has("credit_note")).isFalse();
        assertThat(data.has("id")).isFalse();
        assertThat(data.get("number").asString()).isEqualTo("NC1");
        assertThat(data.get("is_validated").asBoolean()).isTrue();
        assertThat(data.get("validated_at").asString()).matches("\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d:\\d\\d [AP]M");
        assertThat(data.get("errors").isArray()).isTrue();
        assertThat(data.get("cude").asString()).matches("[0-9a-f]{96}");
        assertThat(data.get("links").get("qr").asString()).endsWith("documentkey=" + data.get("cude").asString());
        assertThat(data.get("links").get("public_url").asString()).contains("/documents/credit-notes/");
        assertThat(data.get("correction_concept").get("code").asString()).isEqualTo("2");
        assertThat(data.get("customization").get("code").asString()).isEqualTo("20");
        assertThat(data.get("related_bill").get("number").asString()).isEqualTo("SETP990000001");
        assertThat(data.get("related_bill").get("cufe").asString()).isEqualTo(bill.get("cufe").asString());
        // Omitted, the customer is the bill's.
        assertThat(data.get("customer").get("names").asString()).isEqualTo("Alan Turing");
        assertThat(data.get("customer").get("identification_document").get("code").asString()).isEqualTo("13");
        assertThat(data.get("numbering_range").get("prefix").asString()).isEqualTo("NC");
        assertThat(data.get("billing_period").isNull()).isTrue();
        JsonNode item = data.get("items").get(0);
        assertThat(item.get("quantity").asString()).isEqualTo("1.00");
        assertThat(item.get("price").asString()).isEqualTo("10000.00");
        assertThat(item.get("taxes").get(0).get("rates").get(0).get("tax_amount").asString()).isEqualTo("1900.00");
        assertThat(data.get("totals").get("gross_amount").asString()).isEqualTo("10000.00");
        assertThat(data.get("totals").get("tax_amount").asString()).isEqualTo("1900.00");
        assertThat(data.get("totals").get("total").asString()).isEqualTo("11900.00");
        assertThat(data.get("payment_details").get(0).get("amount").asString()).isEqualTo("11900.00");
        // The bill lists the note under related_notes.credit_notes.
        JsonNode related = get("/v2/bills/SETP990000001").body().get("data").get("related_notes");
        assertThat(related.get("credit_notes").get(0).get("number").asString()).isEqualTo("NC1");
        assertThat(related.get("credit_notes").get(0).get("cude").asString()).isEqualTo(data.get("cude").asString());
    }

    @Test
    void eachVersionShowsTheOthersNotesInOneNumbering() {
        JsonNode v1Bill = validated(bill("FAC-V1")).get("bill");
        v2Bill("FAC-V2");

        JsonNode v1Note = post("/v1/credit-notes/validate", v1Note("NC-V1", v1Bill.get("id").asLong())).body()
                .get("data").get("credit_note");
        JsonNode v2Note = post(VALIDATE, note("NC-V2", "SETP990000002")).body().get("data");
        JsonNode onV1Bill = post(VALIDATE, note("NC-V2-ON-V1", "SETP990000001")).body().get("data");

        assertThat(v1Note.get("number").asString()).isEqualTo("NC1");
        assertThat(v2Note.get("number").asString()).isEqualTo("NC2");
        assertThat(onV1Bill.get("number").asString()).isEqualTo("NC3");
        assertThat(onV1Bill.get("customer").get("names").asString()).isEqualTo("Alan Turing");
        // A v2 note through v1: the v1 shape, the bill by its Factus id, tax-inclusive prices.
        JsonNode v1Show = get("/v1/credit-notes/NC2").body().get("data");
        assertThat(v1Show.get("credit_note").get("reference_code").asString()).isEqualTo("NC-V2");
        assertThat(v1Show.get("credit_note").get("cude").asString()).isEqualTo(v2Note.get("cude").asString());
        assertThat(v1Show.get("credit_note").get("status").asInt()).isEqualTo(1);
        assertThat(v1Show.get("credit_note").get("number_bill").asString()).isEqualTo("SETP990000002");
        assertThat(v1Show.get("credit_note").get("bill_id").asLong())
                .isEqualTo(get("/v1/bills/show/SETP990000002").body().get("data").get("bill").get("id").asLong());
        assertThat(v1Show.get("credit_note").get("total").asString()).isEqualTo("11900.00");
        assertThat(v1Show.get("items").get(0).get("price").asString()).isEqualTo("11900.00");
        assertThat(v1Show.get("customer").get("municipality").get("code").asString()).isEqualTo("68679");
        // A v1 note through v2: the flat shape, net prices, one means of payment.
        JsonNode v2Show = get("/v2/credit-notes/NC1").body();
        assertThat(v2Show.get("message").asString()).isEqualTo("Solicitud exitosa");
        JsonNode shown = v2Show.get("data");
        assertThat(shown.get("reference_code").asString()).isEqualTo("NC-V1");
        assertThat(shown.get("is_validated").asBoolean()).isTrue();
        assertThat(shown.get("related_bill").get("number").asString()).isEqualTo(v1Bill.get("number").asString());
        assertThat(shown.get("totals").get("total").asString()).isEqualTo(v1Note.get("total").asString());
        assertThat(shown.get("payment_details").get(0).get("amount").asString())
                .isEqualTo(v1Note.get("total").asString());
        assertThat(shown.get("items").get(0).get("taxes").get(0).get("tribute").get("code").asString())
                .isEqualTo("01");
        // Both lists hold all three.
        assertThat(get("/v1/credit-notes").body().get("data").get("pagination").get("total").asInt()).isEqualTo(3);
        JsonNode v2List = get("/v2/credit-notes?filter[per_page]=2").body().get("data");
        assertThat(v2List.get("pagination").get("total").asInt()).isEqualTo(3);
        assertThat(v2List.get("data").valueStream().map(row -> row.get("number").asString()))
                .containsExactly("NC3", "NC2");
        assertThat(v2List.get("data").get(0).get("is_validated").isBoolean()).isTrue();
        assertThat(v2List.get("data").get(0).get("customer").get("identification").asString())
                .isEqualTo("123456789");
    }

    @Test
    void fieldErrorsAreLaravel422sWithV2Paths() {
        v2Bill("FAC-OK");
        control("POST", "dian/slow", Json.obj("count", 1));
        v2Bill("FAC-PENDING");
        Map<String, Object> pending = note("NC-BAD", "SETP990000002");
        Map<String, Object> byId = with(with(note("NC-ID", null), "bill_number", null), "bill_id", 1);
        Map<String, Object> unreferenced = with(with(note("NC-22", null), "customization_id", "22"),
                "bill_number", null);
        Map<String, Object> shortPaid = with(note("NC-PAY", "SETP990000001"), "payment_details",
                List.of(Json.obj("payment_form", "1", "payment_method_code", "10", "amount", "11600.00")));
        Map<String, Object> badItem = with(with(note("NC-ITEM", "SETP990000001"), "correction_concept_code", "9"),
                "items", List.of(Json.obj("code_reference", "X", "name", "X", "quantity", "1.005", "price", "10",
                        "unit_measure_code", "94", "standard_code", "999",
                        "taxes", List.of(Json.obj("code", "03", "rate", "1.00")))));

        Reply refused = post(VALIDATE, pending);
        JsonNode idErrors = post(VALIDATE, byId).body().get("data").get("errors");
        JsonNode unreferencedErrors = post(VALIDATE, unreferenced).body().get("data").get("errors");
        JsonNode payErrors = post(VALIDATE, shortPaid).body().get("data").get("errors");
        JsonNode itemErrors = post(VALIDATE, badItem).body().get("data").get("errors");
        Reply rounded = post(VALIDATE, with(shortPaid, "cash_rounding_amount", "-300.00"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("status").asString()).isEqualTo("Validation error");
        assertThat(refused.body().get("data").get("errors").get("bill_number").get(0).asString())
                .isEqualTo("El campo bill_number es inválido.");
        assertThat(idErrors.get("bill_number").get(0).asString()).isEqualTo("El campo bill_number es obligatorio.");
        assertThat(unreferencedErrors.get("billing_period").get(0).asString())
                .isEqualTo("El campo billing_period es obligatorio cuando customization_id es 22.");
        assertThat(unreferencedErrors.get("customer").get(0).asString()).isEqualTo("El campo customer es obligatorio.");
        assertThat(payErrors.get("payment_details").get(0).asString()).contains("11600.00", "11900.00");
        assertThat(itemErrors.get("correction_concept_code").get(0).asString())
                .isEqualTo("El campo correction_concept_code es inválido.");
        assertThat(itemErrors.get("items.0.taxes.0.code").get(0).asString())
                .isEqualTo("El campo items.0.taxes.0.code es inválido.");
        assertThat(itemErrors.get("items.0.quantity").get(0).asString()).contains("2 decimales");
        assertThat(rounded.status()).isEqualTo(201);
    }

    @Test
    void withoutABillTheNoteTakesItsOwnCustomerAndBillingPeriod() {
        Map<String, Object> unreferenced = with(with(with(with(note("NC-22", null), "customization_id", "22"),
                "bill_number", null), "billing_period", Json.obj("start_date", "2026-01-01", "end_date", "2026-01-31")),
                "customer", Json.obj("identification_document_code", "31", "identification", "900456789",
                        "company", "Distribuidora Andina S.A.S.", "legal_organization_code", "1",
                        "tribute_code", "01", "country_code", "CO", "municipality_code", "11001"));

        Reply reply = post(VALIDATE, unreferenced);

        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
        JsonNode data = reply.body().get("data");
        assertThat(data.get("related_bill").isNull()).isTrue();
        assertThat(data.get("customization").get("code").asString()).isEqualTo("22");
        assertThat(data.get("billing_period").get("end_date").asString()).isEqualTo("31-01-2026");
        assertThat(data.get("customer").get("dv").asString()).matches("\\d");
        assertThat(get("/v1/credit-notes/NC1").body().get("data").get("credit_note").get("bill_id").isNull())
                .isTrue();
    }

    @Test
    void aRejectionIsHeldBlocksBothVersionsAndIsDeletedByReference() {
        v2Bill("FAC-R");
        post(VALIDATE, note("NC-OK", "SETP990000001"));
        control("POST", "dian/reject", Json.obj("rule", "CAK24", "message", "Nota crédito rechazada"));

        Reply rejected = post(VALIDATE, note("NC-REJ", "SETP990000001"));
        Reply blockedV2 = post(VALIDATE, note("NC-NEXT", "SETP990000001"));
        JsonNode held = get("/v2/credit-notes?filter[status]=0").body().get("data").get("data");
        Reply validatedDelete = delete("/v2/credit-notes/reference/NC-OK");
        Reply deleted = delete("/v2/credit-notes/reference/NC-REJ");
        Reply unknown = delete("/v2/credit-notes/reference/NC-REJ");
        Reply next = post(VALIDATE, note("NC-NEXT", "SETP990000001"));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.body().get("data").get("errors").get("CAK24").asString())
                .isEqualTo("Regla: CAK24, Rechazo: Nota crédito rechazada");
        assertThat(blockedV2.status()).isEqualTo(409);
        assertThat(held.get(0).get("reference_code").asString()).isEqualTo("NC-REJ");
        assertThat(held.get(0).get("is_validated").asBoolean()).isFalse();
        assertThat(validatedDelete.status()).isEqualTo(409);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body().get("message").asString())
                .isEqualTo("Documento con código de referencia NC-REJ eliminado con éxito");
        assertThat(deleted.body().has("data")).isFalse();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(next.status()).isEqualTo(201);
        assertThat(next.body().get("data").get("number").asString()).isEqualTo("NC3");
    }

    @Test
    void downloadsMailAndEmailContent() throws Exception {
        v2Bill("FAC-D");
        String cude = post(VALIDATE, note("NC-D", "SETP990000001")).body().get("data").get("cude").asString();

        JsonNode pdf = get("/v2/credit-notes/NC1/download-pdf").body().get("data");
        JsonNode xml = get("/v2/credit-notes/NC1/download-xml").body().get("data");
        JsonNode attached = get("/v2/credit-notes/NC1/download-attached-document-xml").body().get("data");
        Reply mailed = post("/v2/credit-notes/NC1/send-email", Json.obj("email", "cliente@example.com"));
        JsonNode content = get("/v2/credit-notes/NC1/email-content").body().get("data");

        byte[] bytes = Base64.getDecoder().decode(pdf.get("pdf_base_64_encoded").asString());
        assertThat(PdfPages.text(bytes)).contains("NC1", "SETP990000001", cude, "$ 11.900,00");
        assertThat(new String(Base64.getDecoder().decode(xml.get("xml_base_64_encoded").asString())))
                .contains(cude);
        assertThat(attached.get("file_name").asString()).isEqualTo(xml.get("file_name").asString());
        assertThat(mailed.body().get("message").asString()).isEqualTo("Nota crédito enviada al cliente con éxito");
        assertThat(control("GET", "outbox", null).body().get(0).get("number").asString()).isEqualTo("NC1");
        assertThat(content.get("subject").asString()).contains(";NC1;91;");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(
                Base64.getDecoder().decode(content.get("attached_document").asString())))) {
            assertThat(zip.getNextEntry().getName()).endsWith(".pdf");
        }
        assertThat(get("/v2/credit-notes/NC9").status()).isEqualTo(404);
    }

    @Test
    void faultsCountersAndTheOverlapGuardKeyOnTheV2Templates() {
        v2Bill("FAC-F");
        control("POST", "faults", Json.obj("endpoint", "POST /v2/credit-notes/validate", "type", "status",
                "status", 503, "count", 1));

        Reply failed = post(VALIDATE, note("NC-F", "SETP990000001"));
        Reply next = post(VALIDATE, note("NC-F", "SETP990000001"));
        get("/v2/credit-notes/NC1");

        assertThat(failed.status()).isEqualTo(503);
        assertThat(next.status()).isEqualTo(201);
        JsonNode counters = control("GET", "counters", null).body();
        assertThat(counters.get("requests").get("POST /v2/credit-notes/validate").asInt()).isEqualTo(2);
        assertThat(counters.get("requests").get("GET /v2/credit-notes/{number}").asInt()).isEqualTo(1);
        assertThat(counters.get("documents_created").get("credit_notes").asInt()).isEqualTo(1);
        assertThat(control("GET", "credit-notes", null).body().get(0).get("cude").asString()).hasSize(96);
    }

    /** The docs' example A as a v2 bill: 70000.00 + IVA 13300.00 = 83300.00. */
    private JsonNode v2Bill(String reference) {
        Map<String, Object> bill = Json.obj("reference_code", reference, "numbering_range_id", 8,
                "send_email", false,
                "payment_details", List.of(Json.obj("payment_form", "1", "payment_method_code", "10",
                        "amount", "83300.00")),
                "customer", Json.obj("identification_document_code", "13", "identification", "1137624282",
                        "names", "Alan Turing", "legal_organization_code", "2", "tribute_code", "ZZ",
                        "country_code", "CO", "municipality_code", "68679", "email", "alan@example.com"),
                "items", List.of(item("PROD-000A", "1.00", "10000.00"), item("PROD-000B", "3.00", "20000.00")));
        Reply reply = post("/v2/bills/validate", bill);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
        return reply.body().get("data");
    }

    /** One returned unit of PROD-000A: 10000.00 net + IVA 19 % = 11900.00, refunded in cash. */
    static Map<String, Object> note(String reference, String billNumber) {
        return Json.obj("reference_code", reference, "correction_concept_code", "2", "customization_id", "20",
                "bill_number", billNumber, "numbering_range_id", 9, "observation", "Devolución",
                "payment_details", List.of(Json.obj("payment_form", "1", "payment_method_code", "10",
                        "amount", "11900.00")),
                "items", List.of(item("PROD-000A", "1.00", "10000.00")));
    }

    private static Map<String, Object> item(String code, String quantity, String price) {
        return Json.obj("code_reference", code, "name", "Producto " + code, "quantity", quantity,
                "discount_rate", "0.00", "price", price, "unit_measure_code", "94", "standard_code", "999",
                "taxes", List.of(Json.obj("code", "01", "rate", "19.00")));
    }

    private static Map<String, Object> v1Note(String reference, long billId) {
        return Json.obj("numbering_range_id", 9, "correction_concept_code", 2, "customization_id", 20,
                "bill_id", billId, "reference_code", reference, "payment_method_code", "10",
                "items", List.of(Json.obj("code_reference", "12345", "name", "Devolución", "quantity", 1,
                        "discount_rate", 0, "price", 11900, "tax_rate", "19.00", "unit_measure_id", 70,
                        "standard_code_id", 1, "is_excluded", 0, "tribute_id", 1)));
    }
}
