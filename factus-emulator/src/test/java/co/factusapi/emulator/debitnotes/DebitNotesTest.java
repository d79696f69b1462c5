package co.factusapi.emulator.debitnotes;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.emulator.EmulatorTestSupport;
import co.factusapi.emulator.bills.PdfPages;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentXml;
import co.factusapi.emulator.http.Json;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/** {@code /v2/debit-notes}: v2 documents with net prices, served to a v1 token (docs/factus-upstream.md §5, §13). */
class DebitNotesTest extends EmulatorTestSupport {
    private static final String VALIDATE = "/v2/debit-notes/validate";

    @Test
    void createsNotesOnAValidatedBillWithNetPricesAndPerLineTaxes() {
        JsonNode bill = validated(bill("INV-1")).get("bill");

        Reply first = post(VALIDATE, note("ND-REF-1", "SETP990000001"));
        Reply second = post(VALIDATE, note("ND-REF-2", "SETP990000001"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().get("status").asString()).isEqualTo("Created");
        assertThat(first.body().get("message").asString())
                .isEqualTo("Documento con el código de referencia ND-REF-1 registrado y validado con éxito");
        JsonNode data = first.body().get("data");
        assertThat(data.get("number").asString()).isEqualTo("ND1");
        assertThat(second.body().get("data").get("number").asString()).isEqualTo("ND2");
        assertThat(data.get("is_validated").isBoolean()).isTrue();
        assertThat(data.get("is_validated").asBoolean()).isTrue();
        assertThat(data.get("validated_at").asString()).matches("\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d:\\d\\d [AP]M");
        assertThat(data.get("errors").isArray()).isTrue();
        assertThat(data.get("cude").asString()).matches("[0-9a-f]{96}");
        assertThat(data.get("links").get("qr").asString()).endsWith("documentkey=" + data.get("cude").asString());
        assertThat(data.get("qr").asString()).isEqualTo(data.get("links").get("qr").asString());
        assertThat(data.get("correction_concept").get("name").asString()).isEqualTo("Intereses");
        assertThat(data.get("customization").get("code").asString()).isEqualTo("30");
        assertThat(data.get("related_bill").get("number").asString()).isEqualTo("SETP990000001");
        assertThat(data.get("related_bill").get("cufe").asString()).isEqualTo(bill.get("cufe").asString());
        assertThat(data.get("customer").get("names").asString()).isEqualTo("Alan Turing");
        assertThat(data.get("customer").get("identification_document").get("code").asString()).isEqualTo("13");
        assertThat(data.get("customer").get("municipality").get("code").asString()).isEqualTo("68679");
        assertThat(data.get("numbering_range").get("prefix").asString()).isEqualTo("ND");
        assertThat(data.get("billing_period").isNull()).isTrue();
        JsonNode totals = data.get("totals");
        assertThat(totals.get("gross_amount").asString()).isEqualTo("23000.00");
        assertThat(totals.get("taxable_amount").asString()).isEqualTo("23000.00");
        assertThat(totals.get("tax_amount").asString()).isEqualTo("3820.00");
        assertThat(totals.get("total").asString()).isEqualTo("26820.00");
        JsonNode coffee = data.get("items").get(0);
        assertThat(coffee.get("quantity").asString()).isEqualTo("2.00");
        assertThat(coffee.get("discount").asString()).isEqualTo("2000.00");
        assertThat(coffee.get("total").asString()).isEqualTo("18000.00");
        assertThat(coffee.get("taxes").get(0).get("tribute").get("code").asString()).isEqualTo("01");
        assertThat(coffee.get("taxes").get(0).get("rates").get(0).get("tax_amount").asString()).isEqualTo("3420.00");
        assertThat(coffee.get("withholding_taxes").get(0).get("value").asString()).isEqualTo("720.00");
        JsonNode bread = data.get("items").get(1);
        assertThat(bread.get("quantity").asString()).isEqualTo("1.50");
        assertThat(bread.get("total").asString()).isEqualTo("5000.00");
        assertThat(bread.get("taxes").get(0).get("rates").get(0).get("tax_amount").asString()).isEqualTo("400.00");
        assertThat(data.get("taxes").valueStream().map(tax -> tax.get("tribute").get("code").asString()))
                .containsExactly("01", "04");
        assertThat(data.get("withholding_taxes").get(0).get("value").asString()).isEqualTo("720.00");
        assertThat(data.get("payment_details").get(0).get("amount").asString()).isEqualTo("26820.00");
        assertThat(data.get("payment_details").get(0).get("payment_method").get("name").asString())
                .isEqualTo("Efectivo");
    }

    @Test
    void withoutABillTheNoteNeedsItsOwnCustomerAndBillingPeriod() {
        Map<String, Object> unreferenced = with(with(note("ND-32", null), "customization_id", "32"),
                "bill_number", null);

        JsonNode errors = post(VALIDATE, unreferenced).body().get("data").get("errors");
        Reply created = post(VALIDATE, with(with(unreferenced, "billing_period", Json.obj("start_date", "2026-01-01",
                "start_time", "00:00:00", "end_date", "2026-01-31", "end_time", "23:59:59")), "customer",
                Json.obj("identification_document_code", "31", "identification", "900456789", "dv", "3",
                        "company", "Distribuidora Andina S.A.S.", "legal_organization_code", "1",
                        "tribute_code", "01", "country_code", "CO", "municipality_code", "11001")));

        assertThat(errors.get("billing_period").get(0).asString())
                .isEqualTo("El campo billing_period es obligatorio cuando customization_id es 32.");
        assertThat(errors.get("customer").get(0).asString()).isEqualTo("El campo customer es obligatorio.");
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        JsonNode data = created.body().get("data");
        assertThat(data.get("related_bill").isNull()).isTrue();
        assertThat(data.get("customization").get("code").asString()).isEqualTo("32");
        assertThat(data.get("billing_period").get("end_date").asString()).isEqualTo("31-01-2026");
        assertThat(data.get("customer").get("company").asString()).isEqualTo("Distribuidora Andina S.A.S.");
        assertThat(data.get("customer").get("municipality").get("name").asString()).isEqualTo("Bogotá, D.C.");
    }

    @Test
    void fieldErrorsUseV2PathsAndRefuseAnUnvalidatedBill() {
        control("POST", "dian/slow", Json.obj("count", 1));
        validated(bill("INV-PENDING"));
        Map<String, Object> bad = with(with(note("ND-BAD", "SETP990000001"), "correction_concept_code", "7"),
                "items", List.of(Json.obj("code_reference", "X", "name", "X", "quantity", "1.005", "price", "10",
                        "unit_measure_code", "94", "standard_code", "999",
                        "taxes", List.of(Json.obj("code", "03", "rate", "1.00")))));
        Map<String, Object> credit = with(note("ND-CREDIT", "SETP990000001"), "payment_details",
                List.of(Json.obj("payment_form", "2", "payment_method_code", "10", "amount", "26820.00")));

        Reply reply = post(VALIDATE, bad);
        JsonNode errors = reply.body().get("data").get("errors");
        JsonNode creditErrors = post(VALIDATE, credit).body().get("data").get("errors");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().get("status").asString()).isEqualTo("Validation error");
        assertThat(errors.get("bill_number").get(0).asString()).isEqualTo("El campo bill_number es inválido.");
        assertThat(errors.get("correction_concept_code").get(0).asString())
                .isEqualTo("El campo correction_concept_code es inválido.");
        assertThat(errors.get("items.0.taxes.0.code").get(0).asString())
                .isEqualTo("El campo items.0.taxes.0.code es inválido.");
        assertThat(errors.get("items.0.quantity").get(0).asString()).contains("2 decimales");
        assertThat(creditErrors.get("payment_details.0.due_date").get(0).asString())
                .isEqualTo("El campo payment_details.0.due_date es obligatorio.");
    }

    @Test
    void paymentsMustAddUpToTheTotalWithinTheCashRounding() {
        validated(bill("INV-2"));
        Map<String, Object> short20 = with(note("ND-PAY", "SETP990000001"), "payment_details",
                List.of(Json.obj("payment_form", "1", "payment_method_code", "10", "amount", "26800.00")));

        JsonNode errors = post(VALIDATE, short20).body().get("data").get("errors");
        Reply rounded = post(VALIDATE, with(short20, "cash_rounding_amount", "-20.00"));
        Reply tooMuch = post(VALIDATE, with(short20, "cash_rounding_amount", "-600"));

        assertThat(errors.get("payment_details").get(0).asString()).contains("26800.00", "26820.00");
        assertThat(rounded.status()).isEqualTo(201);
        assertThat(tooMuch.body().get("data").get("errors").has("cash_rounding_amount")).isTrue();
    }

    @Test
    void aDiscountAmountLowersTheBaseAndCashRoundingClosesACentAsOnBills() {
        validated(bill("INV-7"));
        // What the service sends for 3 × 1000.00 tax-inclusive at IVA 19 %: v1's base 2521.01 as 3 × 840.34 − 0.01.
        Map<String, Object> undivided = oneLine("ND-AMOUNT", Json.obj("quantity", "3.00", "discount_rate", "0.00",
                "discount_amount", "0.01", "price", "840.34"), "3000.00");
        // Contract §4.4: 42016.81 − 20 % = 33613.45, IVA 6386.56, total 40000.01; the buyer pays v1's 40000.00.
        Map<String, Object> exampleC = with(oneLine("ND-ROUND", Json.obj("quantity", "1.00", "discount_rate", "20.00",
                "price", "42016.81"), "40000.00"), "cash_rounding_amount", "-0.01");
        Map<String, Object> both = oneLine("ND-BOTH", Json.obj("quantity", "1.00", "discount_rate", "20.00",
                "discount_amount", "1.00", "price", "42016.81"), "40000.00");

        Reply amount = post(VALIDATE, undivided);
        Reply rounded = post(VALIDATE, exampleC);
        JsonNode errors = post(VALIDATE, both).body().get("data").get("errors");

        assertThat(amount.status()).as(amount.raw().body()).isEqualTo(201);
        JsonNode item = amount.body().get("data").get("items").get(0);
        assertThat(item.get("discount").asString()).isEqualTo("0.01");
        assertThat(item.get("total").asString()).isEqualTo("2521.01");
        JsonNode totals = amount.body().get("data").get("totals");
        assertThat(totals.get("tax_amount").asString()).isEqualTo("478.99");
        assertThat(totals.get("total").asString()).isEqualTo("3000.00");
        assertThat(rounded.status()).as(rounded.raw().body()).isEqualTo(201);
        assertThat(rounded.body().get("data").get("totals").get("total").asString()).isEqualTo("40000.01");
        assertThat(errors.get("items.0.discount_amount").get(0).asString()).contains("discount_rate");
    }

    @Test
    void listsWithV2PaginationShowsMailsAndDownloads() throws Exception {
        validated(bill("INV-3"));
        post(VALIDATE, note("INTERES-A-1", "SETP990000001"));
        post(VALIDATE, note("INTERES-A-2", "SETP990000001"));
        post(VALIDATE, note("INTERES-B-1", "SETP990000001"));

        JsonNode onlyA = get("/v2/debit-notes?filter[reference_code]=interes-a").body().get("data");
        JsonNode byFilter = get("/v2/debit-notes?filter[per_page]=2&page=2").body().get("data");
        JsonNode byBare = get("/v2/debit-notes?per_page=1&page=3").body().get("data");
        JsonNode today = get("/v2/debit-notes?filter[created_at][start_date]=2000-01-01&filter[status]=1").body()
                .get("data");
        Reply shown = get("/v2/debit-notes/ND2");
        Reply mailed = post("/v2/debit-notes/ND2/send-email", Json.obj("email", "cliente@example.com"));
        JsonNode pdf = get("/v2/debit-notes/ND1/download-pdf").body().get("data");
        JsonNode xmlData = get("/v2/debit-notes/ND1/download-xml").body().get("data");

        assertThat(onlyA.get("data").valueStream().map(row -> row.get("reference_code").asString()))
                .containsExactly("INTERES-A-2", "INTERES-A-1");
        JsonNode row = onlyA.get("data").get(0);
        assertThat(row.get("is_validated").isBoolean()).isTrue();
        assertThat(row.get("total").asString()).isEqualTo("26820.00");
        assertThat(row.get("customer").get("identification").asString()).isEqualTo("123456789");
        assertThat(byFilter.get("pagination").get("per_page").asInt()).isEqualTo(2);
        assertThat(byFilter.get("data").valueStream().map(r -> r.get("number").asString())).containsExactly("ND1");
        assertThat(byBare.get("pagination").get("last_page").asInt()).isEqualTo(3);
        assertThat(today.get("pagination").get("total").asInt()).isEqualTo(3);
        assertThat(shown.body().get("message").asString()).isEqualTo("Solicitud exitosa");
        assertThat(shown.body().get("data").get("reference_code").asString()).isEqualTo("INTERES-A-2");
        assertThat(get("/v2/debit-notes/ND9").status()).isEqualTo(404);
        assertThat(mailed.body().get("message").asString()).isEqualTo("Nota débito enviada al cliente con éxito");
        assertThat(control("GET", "outbox", null).body().get(0).get("number").asString()).isEqualTo("ND2");
        String cude = get("/v2/debit-notes/ND1").body().get("data").get("cude").asString();
        assertThat(pdf.get("file_name").asString()).startsWith("nd0901724254000");
        byte[] bytes = Base64.getDecoder().decode(pdf.get("pdf_base_64_encoded").asString());
        assertThat(PdfPages.text(bytes)).contains("NOTA DÉBITO ELECTRÓNICA", "ND1", "Factura referenciada",
                "SETP990000001", "CUDE", cude, "INC", "$ 26.820,00", "Alan Turing");
        assertThat(PdfPages.scanQr(bytes, 0)).endsWith("documentkey=" + cude);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                Base64.getDecoder().decode(xmlData.get("xml_base_64_encoded").asString())));
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(DocumentKind.DEBIT_NOTE.namespace());
        assertThat(xml.getElementsByTagNameNS(DocumentXml.CBC, "UUID").item(0).getTextContent()).isEqualTo(cude);
        assertThat(xml.getElementsByTagNameNS(DocumentKind.DEBIT_NOTE.namespace(), "DebitNote").getLength())
                .isEqualTo(1);
        assertThat(xml.getElementsByTagNameNS(DocumentXml.CAC, "DebitNoteLine").getLength()).isEqualTo(2);
        assertThat(xml.getElementsByTagNameNS(DocumentXml.CBC, "DebitedQuantity").item(1).getTextContent())
                .isEqualTo("1.5");
        assertThat(xml.getElementsByTagNameNS(DocumentXml.CBC, "PayableAmount").item(0).getTextContent())
                .isEqualTo("26820.00");
    }

    @Test
    void aDianRejectionIsHeldAndBlocksTheNextNoteUntilDeleted() {
        validated(bill("INV-4"));
        post(VALIDATE, note("ND-OK", "SETP990000001"));
        control("POST", "dian/reject", Json.obj("rule", "DAK24", "message", "Nota débito rechazada"));

        Reply rejected = post(VALIDATE, note("ND-REJ", "SETP990000001"));
        Reply blocked = post(VALIDATE, note("ND-NEXT", "SETP990000001"));
        JsonNode held = get("/v2/debit-notes?filter[status]=0").body().get("data").get("data");
        Reply deleteValidated = delete("/v2/debit-notes/reference/ND-OK");
        Reply deleted = delete("/v2/debit-notes/reference/ND-REJ");
        Reply unknown = delete("/v2/debit-notes/reference/ND-REJ");
        Reply next = post(VALIDATE, note("ND-NEXT", "SETP990000001"));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.body().get("data").get("errors").get("DAK24").asString())
                .isEqualTo("Regla: DAK24, Rechazo: Nota débito rechazada");
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.body().has("data")).isFalse();
        assertThat(held.get(0).get("is_validated").asBoolean()).isFalse();
        assertThat(held.get(0).get("validated_at").isNull()).isTrue();
        assertThat(deleteValidated.status()).isEqualTo(409);
        assertThat(deleted.body().get("message").asString())
                .isEqualTo("Documento con código de referencia ND-REJ eliminado con éxito");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(next.status()).isEqualTo(201);
        assertThat(next.body().get("data").get("number").asString()).isEqualTo("ND3");
    }

    @Test
    void aSlowDianAnswersNotValidatedAndTheSameReferenceValidatesIt() {
        validated(bill("INV-5"));
        control("POST", "dian/slow", Json.obj("count", 1));

        JsonNode pending = post(VALIDATE, note("ND-SLOW", "SETP990000001")).body().get("data");
        JsonNode retried = post(VALIDATE, note("ND-SLOW", "SETP990000001")).body().get("data");

        assertThat(pending.get("is_validated").asBoolean()).isFalse();
        assertThat(pending.get("validated_at").isNull()).isTrue();
        assertThat(retried.get("is_validated").asBoolean()).isTrue();
        assertThat(retried.get("number").asString()).isEqualTo(pending.get("number").asString());
    }

    @Test
    void theV2RoutesTakeTheSameTokenAndTheSameFaults() {
        validated(bill("INV-6"));
        control("POST", "faults", Json.obj("endpoint", "POST /v2/debit-notes/validate", "type", "status",
                "status", 429, "count", 1));

        Reply limited = post(VALIDATE, note("ND-F", "SETP990000001"));
        Reply next = post(VALIDATE, note("ND-F", "SETP990000001"));
        Reply anonymous = send(HttpRequest.newBuilder(uri("/v2/debit-notes")).header("Accept", "application/json")
                .GET());

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(next.status()).isEqualTo(201);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(control("GET", "debit-notes", null).body().get(0).get("cude").asString()).hasSize(96);
        assertThat(emulator.counters().documentsCreated()).containsEntry("debit_notes", 1L)
                .containsEntry("bills", 1L);
    }

    /** One IVA 19 % line with the given quantity, price and discount fields, paid {@code amount} in cash. */
    private static Map<String, Object> oneLine(String reference, Map<String, Object> amounts, String amount) {
        Map<String, Object> item = Json.obj("code_reference", "GAS-1", "name", "Gastos de cobranza",
                "unit_measure_code", "94", "standard_code", "999",
                "taxes", List.of(Json.obj("code", "01", "rate", "19.00")));
        item.putAll(amounts);
        return with(with(note(reference, "SETP990000001"), "items", List.of(item)), "payment_details",
                List.of(Json.obj("payment_form", "1", "payment_method_code", "10", "amount", amount)));
    }

    /**
     * Two lines at net prices: 2.00 × 10000.00 at 10 % off = 18000.00 + IVA 19 % 3420.00 (ReteRenta 4 % 720.00);
     * 1.50 × 3333.33 = 4999.995 → 5000.00 + INC 8 % 400.00. Total 26820.00, paid in cash.
     */
    private static Map<String, Object> note(String reference, String billNumber) {
        return Json.obj("reference_code", reference, "correction_concept_code", "1", "customization_id", "30",
                "bill_number", billNumber, "numbering_range_id", 6, "send_email", false,
                "observation", "Intereses de mora",
                "payment_details", List.of(Json.obj("payment_form", "1", "payment_method_code", "10",
                        "reference_code", "pago-001", "amount", "26820.00")),
                "items", List.of(
                        Json.obj("code_reference", "INT-1", "name", "Intereses de mora", "quantity", "2.00",
                                "discount_rate", "10.00", "price", "10000.00", "unit_measure_code", "94",
                                "standard_code", "999", "taxes", List.of(Json.obj("code", "01", "rate", "19.00")),
                                "withholding_taxes", List.of(Json.obj("code", "06", "rate", "4.00"))),
                        Json.obj("code_reference", "PAN-1", "name", "Pan", "quantity", 1.5, "price", 3333.33,
                                "unit_measure_code", "KGM", "standard_code", "999",
                                "taxes", List.of(Json.obj("code", "04", "rate", 8)))));
    }
}
