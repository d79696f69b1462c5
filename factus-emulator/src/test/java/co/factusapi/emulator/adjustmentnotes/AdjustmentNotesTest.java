package co.factusapi.emulator.adjustmentnotes;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.emulator.EmulatorTestSupport;
import co.factusapi.emulator.bills.PdfPages;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentXml;
import co.factusapi.emulator.http.Json;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/** {@code /v1/adjustment-notes}: notes to the account's support documents (docs/factus-upstream.md §7). */
class AdjustmentNotesTest extends EmulatorTestSupport {
    private static final String VALIDATE = "/v1/adjustment-notes/validate";

    @Test
    void createsNotesToAValidatedSupportDocumentWithItsProvider() {
        JsonNode supportDocument = supportDocumentCreated("DS-1");

        Reply first = post(VALIDATE, note("NA-REF-1", supportDocument.get("id").asLong()));
        Reply second = post(VALIDATE, note("NA-REF-2", supportDocument.get("id").asLong()));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().get("message").asString())
                .isEqualTo("Documento con el código de referencia NA-REF-1 registrado y validado con éxito");
        JsonNode data = first.body().get("data");
        JsonNode header = data.get("adjustment_note");
        assertThat(header.get("number").asString()).isEqualTo("NA1");
        assertThat(second.body().get("data").get("adjustment_note").get("number").asString()).isEqualTo("NA2");
        assertThat(header.get("cuds").asString()).matches("[0-9a-f]{96}")
                .isNotEqualTo(supportDocument.get("cuds").asString());
        assertThat(header.get("status").asInt()).isEqualTo(1);
        assertThat(header.get("correction_concept").get("code").asString()).isEqualTo("1");
        assertThat(header.get("correction_concept").get("name").asString()).startsWith("Devolución parcial");
        assertThat(header.get("support_document_id").asLong()).isEqualTo(supportDocument.get("id").asLong());
        assertThat(header.get("gross_value").asString()).isEqualTo("28500.45");
        assertThat(header.get("total").asString()).isEqualTo("28500.45");
        assertThat(header.get("tax_amount").asString()).isEqualTo("0.00");
        JsonNode parent = data.get("support_document");
        assertThat(parent.get("number").asString()).isEqualTo("SEDS984000001");
        assertThat(parent.get("reference_code").asString()).isEqualTo("DS-1");
        assertThat(parent.get("cuds").asString()).isEqualTo(supportDocument.get("cuds").asString());
        assertThat(data.get("provider").get("names").asString()).isEqualTo("José Pérez Gómez");
        assertThat(data.get("items").get(0).get("discount").asString()).isEqualTo("2500.05");
        assertThat(data.get("withholding_taxes").findValuesAsString("value")).containsExactly("1027.52", "218.25");
        assertThat(data.get("numbering_range").get("prefix").asString()).isEqualTo("NA");
        JsonNode listedNotes = get("/v1/support-documents/show/SEDS984000001").body().get("data")
                .get("adjustment_notes");
        assertThat(listedNotes.findValuesAsString("number")).containsExactly("NA1", "NA2");
    }

    @Test
    void refusesUnknownAndUnvalidatedSupportDocumentsAndBadReasons() {
        control("POST", "dian/reject", Json.obj("count", 1));
        post("/v1/support-documents/validate", supportDocument("DS-REJ"));

        JsonNode unknown = post(VALIDATE, with(note("NA-X", 99), "correction_concept_code", "9")).body();
        JsonNode unvalidated = post(VALIDATE, with(with(note("NA-Y", 1), "correction_concept_code", null),
                "numbering_range_id", 10)).body();

        JsonNode errors = unknown.get("data").get("errors");
        assertThat(unknown.get("message").asString()).isEqualTo("Error de validación");
        assertThat(errors.get("support_document_id").get(0).asString())
                .isEqualTo("El campo support_document_id es inválido.");
        assertThat(errors.get("correction_concept_code").get(0).asString())
                .isEqualTo("El campo correction_concept_code es inválido.");
        JsonNode more = unvalidated.get("data").get("errors");
        assertThat(more.has("support_document_id")).isTrue();
        assertThat(more.get("correction_concept_code").get(0).asString())
                .isEqualTo("El campo correction_concept_code es obligatorio.");
        assertThat(more.get("numbering_range_id").get(0).asString())
                .isEqualTo("El campo id rango de numeración es inválido.");
    }

    @Test
    void aProviderSentWithTheNoteIsValidatedLikeASupportDocument() {
        long id = supportDocumentCreated("DS-P").get("id").asLong();
        Map<String, Object> withProvider = with(note("NA-P", id), "provider",
                Json.obj("identification_document_id", 7, "identification", "AB123", "names", "Ana", "address", "X",
                        "email", "ana@example.com", "is_resident", 0, "country_code", "CO"));

        JsonNode errors = post(VALIDATE, withProvider).body().get("data").get("errors");

        assertThat(errors.get("provider.country_code").get(0).asString()).contains("no puede ser CO");
    }

    @Test
    void listsShowsAndDownloads() throws Exception {
        long id = supportDocumentCreated("DS-L").get("id").asLong();
        post(VALIDATE, note("AJUSTE-A-1", id));
        post(VALIDATE, note("AJUSTE-A-2", id));
        post(VALIDATE, note("AJUSTE-B-1", id));

        JsonNode onlyA = get("/v1/adjustment-notes?filter[reference_code]=ajuste-a").body().get("data");
        JsonNode page = get("/v1/adjustment-notes?per_page=2&page=2").body().get("data");
        Reply shown = get("/v1/adjustment-notes/NA2");
        JsonNode pdf = get("/v1/adjustment-notes/download-pdf/NA1").body().get("data");
        JsonNode xmlData = get("/v1/adjustment-notes/download-xml/NA1").body().get("data");

        assertThat(onlyA.get("data").valueStream().map(row -> row.get("number").asString()))
                .containsExactly("NA2", "NA1");
        assertThat(onlyA.get("data").get(0).get("support_document").get("number").asString())
                .isEqualTo("SEDS984000001");
        assertThat(onlyA.get("data").get(0).get("total").asString()).isEqualTo("28500.45");
        assertThat(page.get("pagination").get("total").asInt()).isEqualTo(3);
        assertThat(page.get("data").valueStream().map(row -> row.get("number").asString()))
                .containsExactly("NA1");
        assertThat(shown.body().get("data").get("adjustment_note").get("reference_code").asString())
                .isEqualTo("AJUSTE-A-2");
        assertThat(get("/v1/adjustment-notes/NA9").status()).isEqualTo(404);
        String cuds = get("/v1/adjustment-notes/NA1").body().get("data").get("adjustment_note").get("cuds")
                .asString();
        assertThat(pdf.get("file_name").asString()).startsWith("nas0901724254000");
        byte[] bytes = Base64.getDecoder().decode(pdf.get("pdf_base_64_encoded").asString());
        assertThat(PdfPages.text(bytes)).contains("NOTA DE AJUSTE AL DOCUMENTO SOPORTE", "NA1", "SEDS984000001",
                "Documento referenciado", "CUDS", cuds, "$ 28.500,45");
        assertThat(PdfPages.scanQr(bytes, 0)).endsWith("documentkey=" + cuds);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                Base64.getDecoder().decode(xmlData.get("xml_base_64_encoded").asString())));
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(DocumentKind.ADJUSTMENT_NOTE.namespace());
        assertThat(xml.getElementsByTagNameNS(DocumentXml.CBC, "UUID").item(0).getTextContent()).isEqualTo(cuds);
        assertThat(xml.getElementsByTagNameNS(DocumentXml.CBC, "CreditNoteTypeCode").item(0).getTextContent())
                .isEqualTo("95");
        assertThat(xml.getElementsByTagNameNS(DocumentXml.CAC, "BillingReference").item(0).getTextContent())
                .contains("SEDS984000001");
    }

    @Test
    void aDianRejectionIsHeldBlocksTheNextNoteAndCanBeDeleted() {
        long id = supportDocumentCreated("DS-R").get("id").asLong();
        post(VALIDATE, note("NA-OK", id));
        control("POST", "dian/reject", Json.obj("rule", "NSAJ24", "message", "Nota rechazada"));

        Reply rejected = post(VALIDATE, note("NA-REJ", id));
        Reply blocked = post(VALIDATE, note("NA-NEXT", id));
        Reply deleteValidated = delete("/v1/adjustment-notes/reference/NA-OK");
        Reply deleted = delete("/v1/adjustment-notes/reference/NA-REJ");
        Reply next = post(VALIDATE, note("NA-NEXT", id));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.body().get("data").get("errors").get("NSAJ24").asString())
                .isEqualTo("Regla: NSAJ24, Rechazo: Nota rechazada");
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(deleteValidated.status()).isEqualTo(409);
        assertThat(deleteValidated.body().get("message").asString()).endsWith("se encuentra validado");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(next.status()).isEqualTo(201);
        assertThat(next.body().get("data").get("adjustment_note").get("number").asString()).isEqualTo("NA3");
        assertThat(get("/v1/support-documents/show/SEDS984000001").body().get("data").get("adjustment_notes")
                .findValuesAsString("number")).containsExactly("NA1", "NA3");
    }

    @Test
    void faultsUseTheAdjustmentNoteEndpointKey() {
        long id = supportDocumentCreated("DS-F").get("id").asLong();
        control("POST", "faults", Json.obj("endpoint", "POST /v1/adjustment-notes/validate", "type", "status",
                "status", 500, "count", 1));

        assertThat(post(VALIDATE, note("NA-F", id)).status()).isEqualTo(500);
        assertThat(post(VALIDATE, note("NA-F", id)).status()).isEqualTo(201);
        assertThat(control("GET", "adjustment-notes", null).body().findValuesAsString("number"))
                .containsExactly("NA1");
        assertThat(control("GET", "counters", null).body().get("documents_created").get("adjustment_notes")
                .asLong()).isEqualTo(1);
    }

    private JsonNode supportDocumentCreated(String reference) {
        Reply reply = post("/v1/support-documents/validate", supportDocument(reference));
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
        return reply.body().get("data").get("support_document");
    }

    /**
     * Half the coffee returned, the freight kept: 1 × 25000.50 at 10 % off = 22500.45 (ReteRenta 3.5 % 787.52,
     * ReteICA 0.97 % 218.25) + 6000.00 (ReteRenta 4 % 240.00) = 28500.45.
     */
    private static Map<String, Object> note(String reference, long supportDocumentId) {
        return Json.obj("numbering_range_id", 11, "support_document_id", supportDocumentId,
                "correction_concept_code", "1", "reference_code", reference, "payment_method_code", "10",
                "observation", "Devolución de la mitad del café",
                "items", List.of(
                        Json.obj("code_reference", "CAF-1", "name", "Café pergamino seco", "quantity", 1,
                                "discount_rate", "10.00", "price", "25000.50", "unit_measure_id", 414,
                                "standard_code_id", 1, "withholding_taxes", List.of(
                                        Json.obj("code", "06", "withholding_tax_rate", "3.50"),
                                        Json.obj("code", "07", "withholding_tax_rate", "0.97"))),
                        Json.obj("code_reference", "FLE-1", "name", "Flete", "quantity", 1, "discount_rate", 0,
                                "price", "6000.00", "unit_measure_id", 70, "standard_code_id", 1,
                                "withholding_taxes", List.of(Json.obj("code", "06", "withholding_tax_rate", "4.00")))));
    }
}
