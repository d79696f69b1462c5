package co.factusapi.emulator.creditnotes;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.emulator.EmulatorTestSupport;
import co.factusapi.emulator.document.DianCheckDigit;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentXml;
import co.factusapi.emulator.http.Json;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/** {@code /v1/credit-notes} (docs/factus-upstream.md §4), judged by the simulated DIAN like every family (§3.5). */
class CreditNotesTest extends EmulatorTestSupport {
    private static final String VALIDATE = "/v1/credit-notes/validate";
    private static final String PENDING = "Se encontró una factura pendiente por enviar a la DIAN";

    @Test
    void createsANoteThatReferencesABill() {
        JsonNode bill = validated(bill("INV-1")).get("bill");

        Reply reply = post("/v1/credit-notes/validate", note("NC-REF-1", bill.get("id").asLong()));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().get("message").asString())
                .isEqualTo("Documento con el código de referencia NC-REF-1 registrado y validado con éxito");
        JsonNode header = reply.body().get("data").get("credit_note");
        assertThat(header.get("number").asString()).isEqualTo("NC1");
        assertThat(header.get("cude").asString()).hasSize(96);
        assertThat(header.get("cufe").asString()).isEqualTo(bill.get("cufe").asString());
        assertThat(header.get("number_bill").asString()).isEqualTo("SETP990000001");
        assertThat(header.get("total").asString()).isEqualTo("11900.00");
        assertThat(header.get("correction_concept").get("code").asString()).isEqualTo("2");
        assertThat(header.get("customization_id").get("code").asString()).isEqualTo("20");
        assertThat(reply.body().get("data").get("customer").get("names").asString()).isEqualTo("Alan Turing");
    }

    @Test
    void rejectsABillRangeAnUnknownBillAndAMissingConcept() {
        Map<String, Object> bad = with(with(note("NC-BAD", 999), "numbering_range_id", 8), "correction_concept_code", null);

        Reply reply = post("/v1/credit-notes/validate", bad);

        assertThat(reply.status()).isEqualTo(422);
        JsonNode errors = reply.body().get("data").get("errors");
        assertThat(errors.get("numbering_range_id").get(0).asString()).isEqualTo("El campo id rango de numeración es inválido.");
        assertThat(errors.has("bill_id")).isTrue();
        assertThat(errors.has("correction_concept_code")).isTrue();
    }

    @Test
    void withoutABillTheBillingPeriodAndCustomerAreRequired() {
        Map<String, Object> unreferenced = with(with(note("NC-22", 1), "customization_id", 22), "bill_id", null);

        JsonNode errors = post("/v1/credit-notes/validate", unreferenced).body().get("data").get("errors");

        assertThat(errors.has("billing_period")).isTrue();
        assertThat(errors.has("customer")).isTrue();
    }

    @Test
    void listsShowsDownloadsMailsAndRefusesDeletes() throws Exception {
        long billId = validated(bill("INV-2")).get("bill").get("id").asLong();
        post("/v1/credit-notes/validate", note("NC-A", billId));

        JsonNode list = get("/v1/credit-notes?filter[reference_code]=NC-A").body().get("data");
        Reply shown = get("/v1/credit-notes/NC1");
        JsonNode pdf = get("/v1/credit-notes/download-pdf/NC1").body().get("data");
        JsonNode xml = get("/v1/credit-notes/download-xml/NC1").body().get("data");
        Reply mailed = post("/v1/credit-notes/send-email/NC1", Json.obj("email", "cliente@example.com"));
        Reply deleteValidated = delete("/v1/credit-notes/reference/NC-A");
        Reply deleteUnknown = delete("/v1/credit-notes/reference/NOPE");

        assertThat(list.get("data").get(0).get("number").asString()).isEqualTo("NC1");
        assertThat(shown.body().get("data").get("credit_note").get("reference_code").asString()).isEqualTo("NC-A");
        assertThat(get("/v1/credit-notes/NC9").status()).isEqualTo(404);
        assertThat(pdf.get("file_name").asString()).startsWith("nc0901724254000");
        try (PDDocument document = Loader.loadPDF(Base64.getDecoder().decode(pdf.get("pdf_base_64_encoded").asString()))) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("NC1", "SETP990000001", "NOTA CRÉDITO ELECTRÓNICA");
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document parsed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                Base64.getDecoder().decode(xml.get("xml_base_64_encoded").asString())));
        assertThat(parsed.getDocumentElement().getNamespaceURI()).isEqualTo(DocumentKind.CREDIT_NOTE.namespace());
        assertThat(parsed.getElementsByTagNameNS(DocumentXml.CAC, "BillingReference").getLength()).isEqualTo(1);
        assertThat(parsed.getElementsByTagNameNS(DocumentXml.CBC, "PayableAmount").item(0).getTextContent())
                .isEqualTo("11900.00");
        assertThat(mailed.body().get("message").asString()).isEqualTo("Nota crédito enviada al cliente con éxito");
        assertThat(deleteValidated.status()).isEqualTo(409);
        assertThat(deleteValidated.body().get("message").asString()).contains("se encuentra validado");
        assertThat(deleteUnknown.status()).isEqualTo(404);
        assertThat(deleteUnknown.body().get("message").asString())
                .isEqualTo("No se encontró el documento con código de referencia NOPE");
    }

    @Test
    void aDianRejectionIsHeldAndBlocksTheNextCreditNoteUntilDeleted() {
        long billId = validated(bill("INV-R")).get("bill").get("id").asLong();
        control("POST", "dian/reject", Json.obj("rule", "CAAH06", "message", "La nota no corresponde a la factura"));

        Reply rejected = post(VALIDATE, note("NC-REJ", billId));
        Reply blocked = post(VALIDATE, note("NC-NEXT", billId));
        Reply resentRejected = post(VALIDATE, note("NC-REJ", billId));
        JsonNode held = get("/v1/credit-notes?filter[status]=0").body().get("data").get("data");
        JsonNode shown = get("/v1/credit-notes/NC1").body().get("data").get("credit_note");
        Reply pdf = get("/v1/credit-notes/download-pdf/NC1");
        Reply xml = get("/v1/credit-notes/download-xml/NC1");
        Reply billMeanwhile = validate(bill("INV-OTHER-FAMILY"));
        Reply deleted = delete("/v1/credit-notes/reference/NC-REJ");
        Reply next = post(VALIDATE, note("NC-NEXT", billId));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.body().get("status").asString()).isEqualTo("Validation error");
        assertThat(rejected.body().get("message").asString()).isEqualTo("El documento contiene errores de validación");
        assertThat(rejected.body().get("data").get("errors").get("CAAH06").asString())
                .isEqualTo("Regla: CAAH06, Rechazo: La nota no corresponde a la factura");
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.body().get("status").asString()).isEqualTo("Conflict");
        assertThat(blocked.body().get("message").asString()).isEqualTo(PENDING);
        assertThat(blocked.body().has("data")).isFalse();
        assertThat(resentRejected.status()).isEqualTo(409);
        assertThat(resentRejected.body().get("message").asString()).isEqualTo(PENDING);
        assertThat(held).hasSize(1);
        assertThat(held.get(0).get("reference_code").asString()).isEqualTo("NC-REJ");
        assertThat(held.get(0).get("status").asInt()).isZero();
        assertThat(held.get(0).get("errors").get(0).asString())
                .isEqualTo("Regla: CAAH06, Rechazo: La nota no corresponde a la factura");
        assertThat(shown.get("status").asInt()).isZero();
        assertThat(shown.get("validated").isNull()).isTrue();
        assertThat(shown.get("errors").get(0).asString()).contains("Rechazo");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(xml.status()).isEqualTo(200);
        assertThat(billMeanwhile.status()).isEqualTo(201);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body().get("message").asString())
                .isEqualTo("Documento con código de referencia NC-REJ eliminado con éxito");
        assertThat(next.status()).isEqualTo(201);
        JsonNode nextNote = next.body().get("data").get("credit_note");
        assertThat(nextNote.get("number").asString()).isEqualTo("NC2");
        assertThat(nextNote.get("status").asInt()).isEqualTo(1);
        assertThat(get("/v1/credit-notes/NC1").status()).isEqualTo(404);
        assertThat(control("GET", "counters", null).body().get("documents_created").get("credit_notes").asLong())
                .isEqualTo(2);
    }

    @Test
    void aSlowDianLeavesItHeldUntilTheSameReferenceIsSentAgain() {
        long billId = validated(bill("INV-S")).get("bill").get("id").asLong();
        control("POST", "dian/slow", Json.obj("count", 1));

        Reply slow = post(VALIDATE, note("NC-SLOW", billId));
        Reply other = post(VALIDATE, note("NC-OTHER", billId));
        JsonNode listed = get("/v1/credit-notes?filter[reference_code]=NC-SLOW").body().get("data").get("data");
        Reply retried = post(VALIDATE, note("NC-SLOW", billId));
        Reply deleteValidated = delete("/v1/credit-notes/reference/NC-SLOW");
        Reply afterwards = post(VALIDATE, note("NC-OTHER", billId));

        assertThat(slow.status()).isEqualTo(201);
        assertThat(slow.body().get("message").asString())
                .isEqualTo("Documento con el código de referencia NC-SLOW registrado y validado con éxito");
        JsonNode pending = slow.body().get("data").get("credit_note");
        assertThat(pending.get("status").asInt()).isZero();
        assertThat(pending.get("validated").isNull()).isTrue();
        assertThat(pending.get("errors").get(0).asString()).contains("Notificación").doesNotContain("Rechazo");
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.body().get("message").asString()).isEqualTo(PENDING);
        assertThat(listed.get(0).get("status").asInt()).isZero();
        assertThat(listed.get(0).get("errors")).hasSize(1);
        assertThat(retried.status()).isEqualTo(201);
        JsonNode validatedNote = retried.body().get("data").get("credit_note");
        assertThat(validatedNote.get("status").asInt()).isEqualTo(1);
        assertThat(validatedNote.get("errors")).isEmpty();
        assertThat(validatedNote.get("validated").asString()).isNotBlank();
        assertThat(validatedNote.get("number").asString()).isEqualTo(pending.get("number").asString());
        assertThat(validatedNote.get("cude").asString()).isEqualTo(pending.get("cude").asString());
        assertThat(deleteValidated.status()).isEqualTo(409);
        assertThat(deleteValidated.body().get("message").asString())
                .isEqualTo("Documento con código de referencia NC-SLOW se encuentra validado");
        assertThat(afterwards.body().get("data").get("credit_note").get("number").asString()).isEqualTo("NC2");
        assertThat(control("GET", "counters", null).body().get("documents_created").get("credit_notes").asLong())
                .isEqualTo(2);
    }

    @Test
    void resendingAValidatedReferenceIs409AndDeletingItToo() {
        long billId = validated(bill("INV-V")).get("bill").get("id").asLong();
        post(VALIDATE, note("NC-OK", billId));

        Reply again = post(VALIDATE, note("NC-OK", billId));
        Reply deleteValidated = delete("/v1/credit-notes/reference/NC-OK");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("message").asString())
                .isEqualTo("El documento con el código de referencia NC-OK ya se encuentra validado");
        assertThat(deleteValidated.status()).isEqualTo(409);
        assertThat(deleteValidated.body().get("message").asString())
                .isEqualTo("Documento con código de referencia NC-OK se encuentra validado");
        assertThat(control("GET", "credit-notes", null).body()).hasSize(1);
    }

    @Test
    void theBillsDvRuleIsNotAppliedToCreditNotes() {
        int rightDv = DianCheckDigit.of("900123456");
        Map<String, Object> customer = Json.obj("identification_document_id", 6, "identification", "900123456",
                "dv", String.valueOf((rightDv + 1) % 10), "company", "Cliente S.A.S.", "address", "Calle 1 # 2-3",
                "email", "cliente@example.com", "legal_organization_id", "1", "tribute_id", "18",
                "municipality_id", "980");
        Map<String, Object> unreferenced = with(with(with(with(note("NC-DV", 0), "customization_id", 22),
                "bill_id", null), "customer", customer),
                "billing_period", Json.obj("start_date", "2026-01-01", "end_date", "2026-01-31"));

        Reply billWithTheSameCustomer = validate(with(bill("INV-DV"), "customer", customer));
        Reply reply = post(VALIDATE, unreferenced);

        assertThat(billWithTheSameCustomer.status()).isEqualTo(422);
        assertThat(billWithTheSameCustomer.body().get("data").get("errors").has("FAK24")).isTrue();
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
        assertThat(reply.body().get("data").get("credit_note").get("status").asInt()).isEqualTo(1);
        assertThat(reply.body().get("data").get("credit_note").get("errors")).isEmpty();
    }

    @Test
    void theControlPlaneListsCreditNotesAndFaultsUseTheirEndpointKey() {
        long billId = validated(bill("INV-C")).get("bill").get("id").asLong();
        String key = "POST /v1/credit-notes/validate";
        control("POST", "faults", Json.obj("endpoint", key, "type", "status", "status", 503, "count", 1));

        Reply faulted = post(VALIDATE, note("NC-F", billId));
        post(VALIDATE, note("NC-F", billId));
        control("POST", "dian/slow", Json.obj("count", 1));
        post(VALIDATE, note("NC-HELD", billId));

        assertThat(faulted.status()).isEqualTo(503);
        JsonNode listed = control("GET", "credit-notes", null).body();
        assertThat(listed).hasSize(2);
        JsonNode newest = listed.get(0);
        assertThat(newest.get("id").asLong()).isEqualTo(2);
        assertThat(newest.get("number").asString()).isEqualTo("NC2");
        assertThat(newest.get("reference_code").asString()).isEqualTo("NC-HELD");
        assertThat(newest.get("status").asInt()).isZero();
        assertThat(newest.get("errors")).hasSize(1);
        assertThat(newest.get("cude").asString()).matches("[0-9a-f]{96}");
        assertThat(newest.get("total").asString()).isEqualTo("11900.00");
        assertThat(listed.get(1).get("reference_code").asString()).isEqualTo("NC-F");
        assertThat(listed.get(1).get("status").asInt()).isEqualTo(1);
        assertThat(listed.get(1).get("errors")).isEmpty();
        JsonNode counters = control("GET", "counters", null).body();
        assertThat(counters.get("requests").get(key).asLong()).isEqualTo(3);
        assertThat(counters.get("documents_created").get("credit_notes").asLong()).isEqualTo(2);

        control("POST", "reset", null);

        token = null;
        assertThat(control("GET", "credit-notes", null).body()).isEmpty();
    }

    @Test
    void theOverlapGuardCoversCreditNoteValidates() throws Exception {
        long billId = validated(bill("INV-O")).get("bill").get("id").asLong();
        control("PUT", "config", Json.obj("overlap_conflict", true));
        control("PUT", "latency", Json.obj("endpoint", "POST /v1/credit-notes/validate", "millis", 400));

        CompletableFuture<Reply> slow = CompletableFuture.supplyAsync(() -> post(VALIDATE, note("NC-FIRST", billId)));
        Thread.sleep(150);
        Reply overlappingBill = validate(bill("INV-DURING"));

        assertThat(overlappingBill.status()).isEqualTo(409);
        assertThat(overlappingBill.body().get("message").asString()).contains("pendiente");
        assertThat(slow.get().status()).isEqualTo(201);
        control("DELETE", "latency", null);
        control("PUT", "latency", Json.obj("endpoint", "POST /v1/bills/validate", "millis", 400));
        CompletableFuture<Reply> slowBill = CompletableFuture.supplyAsync(() -> validate(bill("INV-FIRST")));
        Thread.sleep(150);
        Reply overlappingNote = post(VALIDATE, note("NC-DURING", billId));
        assertThat(overlappingNote.status()).isEqualTo(409);
        assertThat(overlappingNote.body().get("message").asString()).contains("pendiente");
        assertThat(slowBill.get().status()).isEqualTo(201);
        assertThat(control("GET", "credit-notes", null).body().findValuesAsString("reference_code"))
                .containsExactly("NC-FIRST");
    }

    private static Map<String, Object> note(String reference, long billId) {
        return Json.obj("numbering_range_id", 9, "correction_concept_code", 2, "customization_id", 20,
                "bill_id", billId, "reference_code", reference, "payment_method_code", "10",
                "items", List.of(Json.obj("code_reference", "12345", "name", "Devolución", "quantity", 1,
                        "discount_rate", 0, "price", 11900, "tax_rate", "19.00", "unit_measure_id", 70,
                        "standard_code_id", 1, "is_excluded", 0, "tribute_id", 1)));
    }
}
