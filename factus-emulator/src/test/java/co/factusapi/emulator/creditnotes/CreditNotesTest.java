package co.factusapi.emulator.creditnotes;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.emulator.EmulatorTestSupport;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentXml;
import co.factusapi.emulator.http.Json;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/** {@code /v1/credit-notes} (contract §4). */
class CreditNotesTest extends EmulatorTestSupport {

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

    private static Map<String, Object> note(String reference, long billId) {
        return Json.obj("numbering_range_id", 9, "correction_concept_code", 2, "customization_id", 20,
                "bill_id", billId, "reference_code", reference, "payment_method_code", "10",
                "items", List.of(Json.obj("code_reference", "12345", "name", "Devolución", "quantity", 1,
                        "discount_rate", 0, "price", 11900, "tax_rate", "19.00", "unit_measure_id", 70,
                        "standard_code_id", 1, "is_excluded", 0, "tribute_id", 1)));
    }
}
