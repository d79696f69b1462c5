package co.factusapi.emulator.supportdocs;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.emulator.EmulatorTestSupport;
import co.factusapi.emulator.bills.PdfPages;
import co.factusapi.emulator.http.Json;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code /v2/support-documents} and {@code /v2/adjustment-notes} (v2 contract §7.3, §7.4): the v1 stores, ranges and
 * rules behind v2 paths, providers in DIAN codes, net prices with optional IVA, the corrected document by number.
 */
class V2SupportDocumentsTest extends EmulatorTestSupport {
    private static final String SUPPORT = "/v2/support-documents/validate";
    private static final String ADJUST = "/v2/adjustment-notes/validate";

    @Test
    void aSupportDocumentWithIvaIsPaidInFullAndSharedWithV1() throws Exception {
        Reply docsExample = post(SUPPORT, with(supportDocumentV2("DS-EX"), "payment_details",
                List.of(payment("80000.00"))));
        Reply reply = post(SUPPORT, supportDocumentV2("DS-1"));

        assertThat(docsExample.status()).isEqualTo(422);
        assertThat(docsExample.body().get("data").get("errors").get("payment_details").get(0).asString())
                .contains("80000.00", "95200.00");
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
        assertThat(reply.body().get("message").asString())
                .isEqualTo("Documento con el código de referencia DS-1 registrado y validado con éxito");
        JsonNode data = reply.body().get("data");
        assertThat(data.has("support_document")).isFalse();
        assertThat(data.get("number").asString()).isEqualTo("SEDS984000001");
        assertThat(data.get("is_validated").asBoolean()).isTrue();
        assertThat(data.get("errors").isArray()).isTrue();
        assertThat(data.get("cuds").asString()).matches("[0-9a-f]{96}");
        assertThat(data.get("links").get("qr").asString()).endsWith("documentkey=" + data.get("cuds").asString());
        JsonNode provider = data.get("provider");
        assertThat(provider.get("identification_document").get("code").asString()).isEqualTo("31");
        assertThat(provider.get("dv").asString()).isEqualTo("7");
        assertThat(provider.get("legal_organization").get("code").asString()).isEqualTo("1");
        assertThat(provider.get("municipality").get("code").asString()).isEqualTo("68679");
        JsonNode item = data.get("items").get(0);
        assertThat(item.get("quantity").asString()).isEqualTo("2.00");
        assertThat(item.get("discount").asString()).isEqualTo("20000.00");
        assertThat(item.get("total").asString()).isEqualTo("80000.00");
        assertThat(item.get("withholding_taxes").get(0).get("value").asString()).isEqualTo("2800.00");
        assertThat(data.get("totals").get("tax_amount").asString()).isEqualTo("15200.00");
        assertThat(data.get("totals").get("total").asString()).isEqualTo("95200.00");
        assertThat(data.get("withholding_taxes").get(0).get("tribute_code").asString()).isEqualTo("06");
        assertThat(data.get("adjustment_notes").isEmpty()).isTrue();
        // Through v1: the v1 shape, Factus ids, same CUDS and numbering.
        JsonNode v1Show = get("/v1/support-documents/show/SEDS984000001").body().get("data");
        assertThat(v1Show.get("support_document").get("cuds").asString()).isEqualTo(data.get("cuds").asString());
        assertThat(v1Show.get("support_document").get("total").asString()).isEqualTo("95200.00");
        assertThat(v1Show.get("provider").get("identification_document").get("id").asInt()).isEqualTo(6);
        assertThat(v1Show.get("provider").get("municipality").get("id").asInt()).isEqualTo(980);
        // A v1 document through v2, next in the same range.
        JsonNode v1Doc = post("/v1/support-documents/validate", supportDocument("DS-V1")).body().get("data");
        assertThat(v1Doc.get("support_document").get("number").asString()).isEqualTo("SEDS984000002");
        JsonNode v2Show = get("/v2/support-documents/SEDS984000002").body().get("data");
        assertThat(v2Show.get("reference_code").asString()).isEqualTo("DS-V1");
        assertThat(v2Show.get("totals").get("total").asString()).isEqualTo("57000.90");
        assertThat(v2Show.get("provider").get("identification_document").get("code").asString()).isEqualTo("31");
        assertThat(v2Show.get("payment_details").get(0).get("amount").asString()).isEqualTo("57000.90");
        JsonNode list = get("/v2/support-documents?filter[per_page]=1").body().get("data");
        assertThat(list.get("pagination").get("total").asInt()).isEqualTo(2);
        assertThat(list.get("data").get(0).get("provider").get("identification").asString()).isEqualTo("900123456");
        byte[] pdf = Base64.getDecoder().decode(get("/v2/support-documents/SEDS984000001/download-pdf").body()
                .get("data").get("pdf_base_64_encoded").asString());
        assertThat(PdfPages.text(pdf)).contains("SEDS984000001", "$ 95.200,00");
        assertThat(get("/v2/support-documents/SEDS984000001/download-xml").body().get("data")
                .get("xml_base_64_encoded").asString()).isNotBlank();
    }

    @Test
    void providerErrorsUseV2Paths() {
        Map<String, Object> bad = with(supportDocumentV2("DS-BAD"), "provider", Json.obj(
                "identification_document_code", "13", "identification", "1", "country_code", "CO"));
        Map<String, Object> taxed = with(supportDocumentV2("DS-INC"), "items", List.of(Json.obj(
                "code_reference", "X", "name", "X", "quantity", "1.00", "price", "10.00",
                "unit_measure_code", "94", "standard_code", "999",
                "taxes", List.of(Json.obj("code", "04", "rate", "8.00")))));

        Reply reply = post(SUPPORT, bad);
        JsonNode errors = reply.body().get("data").get("errors");
        JsonNode taxErrors = post(SUPPORT, taxed).body().get("data").get("errors");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().get("status").asString()).isEqualTo("Validation error");
        assertThat(errors.get("provider.identification_document_code").get(0).asString())
                .isEqualTo("El campo provider.identification_document_code es inválido.");
        assertThat(errors.get("provider.names").get(0).asString()).isEqualTo("El campo provider.names es obligatorio.");
        assertThat(errors.get("provider.municipality_code").get(0).asString()).contains("obligatorio");
        assertThat(taxErrors.get("items.0.taxes.0.code").get(0).asString())
                .isEqualTo("El campo items.0.taxes.0.code es inválido.");
    }

    @Test
    void adjustmentNotesNameTheSupportDocumentByNumberInEitherVersion() {
        post(SUPPORT, supportDocumentV2("DS-1"));
        post("/v1/support-documents/validate", supportDocument("DS-V1"));

        Reply reply = post(ADJUST, adjustment("NA-REF-1", "SEDS984000001"));
        Reply onV1 = post(ADJUST, with(adjustment("NA-REF-2", "SEDS984000002"), "payment_details",
                List.of(payment("11900.00"))));

        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
        JsonNode data = reply.body().get("data");
        assertThat(data.get("number").asString()).isEqualTo("NA1");
        assertThat(data.get("correction_concept").get("code").asString()).isEqualTo("5");
        assertThat(data.get("correction_concept").get("name").asString()).isEqualTo("Otros");
        assertThat(data.get("is_validated").asBoolean()).isTrue();
        assertThat(data.get("cuds").asString()).matches("[0-9a-f]{96}");
        assertThat(data.get("support_document").get("number").asString()).isEqualTo("SEDS984000001");
        assertThat(data.get("support_document").get("reference_code").asString()).isEqualTo("DS-1");
        assertThat(data.get("support_document").get("cuds").asString()).matches("[0-9a-f]{96}");
        assertThat(data.get("provider").get("names").asString()).isEqualTo("Pepito Perez");
        assertThat(data.get("totals").get("total").asString()).isEqualTo("11900.00");
        assertThat(data.get("links").has("public_url")).isFalse();
        assertThat(onV1.status()).as(onV1.raw().body()).isEqualTo(201);
        assertThat(onV1.body().get("data").get("provider").get("names").asString()).isEqualTo("José Pérez Gómez");
        // The support document lists its notes in both versions; the note shows through v1.
        assertThat(get("/v2/support-documents/SEDS984000001").body().get("data").get("adjustment_notes").get(0)
                .get("number").asString()).isEqualTo("NA1");
        JsonNode v1Note = get("/v1/adjustment-notes/NA1").body().get("data");
        assertThat(v1Note.get("adjustment_note").get("cuds").asString()).isEqualTo(data.get("cuds").asString());
        assertThat(v1Note.get("support_document").get("number").asString()).isEqualTo("SEDS984000001");
        JsonNode list = get("/v2/adjustment-notes").body().get("data");
        assertThat(list.get("data").valueStream().map(row -> row.get("number").asString()))
                .containsExactly("NA2", "NA1");
        assertThat(list.get("data").get(0).get("send_email").isBoolean()).isTrue();
        JsonNode unknown = post(ADJUST, adjustment("NA-X", "SEDS984000999")).body().get("data").get("errors");
        assertThat(unknown.get("support_document_number").get(0).asString())
                .isEqualTo("El campo support_document_number es inválido.");
    }

    @Test
    void rejectionsBlockDeletesUnblockAndFaultsKeyOnV2Templates() {
        post(SUPPORT, supportDocumentV2("DS-OK"));
        control("POST", "dian/reject", Json.obj("rule", "DSAK24", "message", "Documento rechazado"));
        Reply rejected = post(SUPPORT, supportDocumentV2("DS-REJ"));
        Reply blocked = post(SUPPORT, supportDocumentV2("DS-NEXT"));
        Reply validatedDelete = delete("/v2/support-documents/reference/DS-OK");
        Reply deleted = delete("/v2/support-documents/reference/DS-REJ");
        control("POST", "faults", Json.obj("endpoint", "POST /v2/adjustment-notes/validate", "type", "status",
                "status", 500, "count", 1));
        Reply failed = post(ADJUST, adjustment("NA-F", "SEDS984000001"));
        Reply note = post(ADJUST, adjustment("NA-F", "SEDS984000001"));
        Reply noteDeleted = delete("/v2/adjustment-notes/reference/NA-F");

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.body().get("data").get("errors").get("DSAK24").asString())
                .isEqualTo("Regla: DSAK24, Rechazo: Documento rechazado");
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(validatedDelete.status()).isEqualTo(409);
        assertThat(deleted.body().get("message").asString())
                .isEqualTo("Documento con código de referencia DS-REJ eliminado con éxito");
        assertThat(post(SUPPORT, supportDocumentV2("DS-NEXT")).status()).isEqualTo(201);
        assertThat(failed.status()).isEqualTo(500);
        assertThat(note.status()).isEqualTo(201);
        assertThat(noteDeleted.status()).isEqualTo(409);
        JsonNode counters = control("GET", "counters", null).body();
        assertThat(counters.get("requests").get("POST /v2/adjustment-notes/validate").asInt()).isEqualTo(2);
        assertThat(counters.get("requests").get("DELETE /v2/support-documents/reference/{reference_code}").asInt())
                .isEqualTo(2);
        assertThat(counters.get("documents_created").get("support_documents").asInt()).isEqualTo(3);
        assertThat(counters.get("documents_created").get("adjustment_notes").asInt()).isEqualTo(1);
    }

    /**
     * The docs' example (provider NIT 2343543-7; 2 × 50000.00 at 20 % off = 80000.00, IVA 19 % 15200.00, ReteRenta
     * 3.5 % 2800.00) paid in full: 95200.00.
     */
    static Map<String, Object> supportDocumentV2(String reference) {
        return Json.obj("reference_code", reference, "numbering_range_id", 10, "observation", "Compra",
                "payment_details", List.of(payment("95200.00")),
                "provider", Json.obj("identification_document_code", "31", "identification", "2343543",
                        "names", "Pepito Perez", "address", "calle 4", "country_code", "CO",
                        "municipality_code", "68679", "legal_organization_code", "1"),
                "items", List.of(Json.obj("code_reference", "12345", "name", "producto de prueba",
                        "quantity", "2.00", "discount_rate", "20.00", "price", "50000.00",
                        "unit_measure_code", "94", "standard_code", "999",
                        "taxes", List.of(Json.obj("code", "01", "rate", "19.00")),
                        "withholding_taxes", List.of(Json.obj("code", "06", "rate", "3.50")))));
    }

    /** Reason 5 "Otros" on one unit at 10000.00 + IVA 19 %, the provider copied from the support document. */
    static Map<String, Object> adjustment(String reference, String supportDocumentNumber) {
        return Json.obj("reference_code", reference, "numbering_range_id", 11,
                "support_document_number", supportDocumentNumber, "correction_concept_code", "5",
                "payment_details", List.of(payment("11900.00")),
                "items", List.of(Json.obj("code_reference", "12345", "name", "producto de prueba",
                        "quantity", "1.00", "price", "10000.00", "unit_measure_code", "94", "standard_code", "999",
                        "taxes", List.of(Json.obj("code", "01", "rate", "19.00")))));
    }

    private static Map<String, Object> payment(String amount) {
        return Json.obj("payment_form", "1", "payment_method_code", "42", "amount", amount);
    }
}
