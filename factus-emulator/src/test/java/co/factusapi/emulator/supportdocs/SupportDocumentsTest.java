package co.factusapi.emulator.supportdocs;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.emulator.EmulatorTestSupport;
import co.factusapi.emulator.bills.PdfPages;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentXml;
import co.factusapi.emulator.http.Json;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/** {@code /v1/support-documents} (docs/factus-upstream.md §6). */
class SupportDocumentsTest extends EmulatorTestSupport {
    private static final String VALIDATE = "/v1/support-documents/validate";

    @Test
    void createsAndValidatesWithConsecutiveNumbersAndUntaxedTotals() {
        Reply first = post(VALIDATE, supportDocument("DS-1"));
        Reply second = post(VALIDATE, supportDocument("DS-2"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().get("status").asString()).isEqualTo("Created");
        assertThat(first.body().get("message").asString())
                .isEqualTo("Documento con el código de referencia DS-1 registrado y validado con éxito");
        JsonNode data = first.body().get("data");
        JsonNode header = data.get("support_document");
        assertThat(header.get("number").asString()).isEqualTo("SEDS984000001");
        assertThat(second.body().get("data").get("support_document").get("number").asString())
                .isEqualTo("SEDS984000002");
        assertThat(header.get("id").asLong()).isEqualTo(1);
        assertThat(header.get("status").asInt()).isEqualTo(1);
        assertThat(header.get("cuds").asString()).matches("[0-9a-f]{96}");
        assertThat(header.get("qr").asString()).endsWith("documentkey=" + header.get("cuds").asString());
        assertThat(header.get("validated").asString()).matches("\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d:\\d\\d [AP]M");
        assertThat(header.get("errors")).isEmpty();
        assertThat(header.get("gross_value").asString()).isEqualTo("57000.90");
        assertThat(header.get("taxable_amount").asString()).isEqualTo("0.00");
        assertThat(header.get("tax_amount").asString()).isEqualTo("0.00");
        assertThat(header.get("total").asString()).isEqualTo("57000.90");
        assertThat(header.get("payment_method").get("code").asString()).isEqualTo("10");
        JsonNode line = data.get("items").get(0);
        assertThat(line.get("discount").asString()).isEqualTo("5000.10");
        assertThat(line.get("gross_value").asString()).isEqualTo("45000.90");
        assertThat(line.get("is_excluded").asInt()).isEqualTo(1);
        assertThat(line.get("total").decimalValue()).isEqualByComparingTo("45000.90");
        assertThat(line.get("withholding_taxes").findValuesAsString("value")).containsExactly("1575.03", "436.51");
        assertThat(data.get("withholding_taxes").findValuesAsString("value")).containsExactly("2055.03", "436.51");
        assertThat(data.get("provider").get("country").get("id").asInt()).isEqualTo(46);
        assertThat(data.get("provider").get("identification_document").get("code").asString()).isEqualTo("31");
        assertThat(data.get("provider").get("dv").asString()).isNotBlank();
        assertThat(data.get("numbering_range").get("prefix").asString()).isEqualTo("SEDS");
        assertThat(data.get("adjustment_notes")).isEmpty();
    }

    @Test
    void providerFieldsDianNeedsAreCheckedAllAtOnce() {
        Map<String, Object> nonResidentInColombia = withProvider(withProvider(withProvider(withProvider(
                supportDocument("DS-BAD"), "is_resident", 0), "names", null), "identification_document_id", 3),
                "email", "no-es-correo");

        JsonNode errors = post(VALIDATE, nonResidentInColombia).body().get("data").get("errors");

        assertThat(errors.get("provider.country_code").get(0).asString())
                .isEqualTo("El campo provider.country_code no puede ser CO cuando el proveedor no es residente.");
        assertThat(errors.get("provider.names").get(0).asString()).isEqualTo("El campo provider.names es obligatorio.");
        assertThat(errors.get("provider.identification_document_id").get(0).asString())
                .isEqualTo("El campo provider.identification_document_id es inválido.");
        assertThat(errors.has("provider.email")).isTrue();

        Map<String, Object> residentWithout = withProvider(withProvider(withProvider(supportDocument("DS-BAD2"),
                "municipality_id", null), "dv", null), "country_code", null);
        JsonNode more = post(VALIDATE, with(residentWithout, "numbering_range_id", 8)).body().get("data").get("errors");
        assertThat(more.get("provider.municipality_id").get(0).asString()).contains("es obligatorio");
        assertThat(more.get("provider.dv").get(0).asString()).contains("es obligatorio cuando");
        assertThat(more.get("provider.country_code").get(0).asString())
                .isEqualTo("El campo provider.country_code es obligatorio.");
        assertThat(more.get("numbering_range_id").get(0).asString())
                .isEqualTo("El campo id rango de numeración es inválido.");
        assertThat(post(VALIDATE, with(supportDocument("DS-X"), "provider", null)).body().get("data").get("errors")
                .get("provider").get(0).asString()).isEqualTo("El campo provider es obligatorio.");
        assertThat(control("GET", "support-documents", null).body()).isEmpty();
    }

    @Test
    void aNonResidentProviderAbroadNeedsNoMunicipality() throws Exception {
        Map<String, Object> abroad = withProvider(withProvider(withProvider(withProvider(supportDocument("DS-US"),
                "is_resident", 0), "country_code", "US"), "municipality_id", null), "identification_document_id", 10);

        Reply reply = post(VALIDATE, abroad);

        assertThat(reply.status()).isEqualTo(201);
        JsonNode provider = reply.body().get("data").get("provider");
        assertThat(provider.get("country").get("code").asString()).isEqualTo("US");
        assertThat(provider.get("municipality").isNull()).isTrue();
        assertThat(provider.get("dv").isNull()).isTrue();
        Document xml = xml(get("/v1/support-documents/download-xml/SEDS984000001").body().get("data"));
        assertThat(xml.getElementsByTagNameNS(DocumentXml.CBC, "CustomizationID").item(0).getTextContent())
                .isEqualTo("11");
    }

    @Test
    void listsWithPartialReferenceFilterAndPagination() {
        post(VALIDATE, supportDocument("COMPRA-A-1"));
        post(VALIDATE, supportDocument("COMPRA-A-2"));
        post(VALIDATE, supportDocument("COMPRA-B-1"));

        JsonNode onlyA = get("/v1/support-documents?filter[reference_code]=compra-a").body().get("data");
        JsonNode secondPage = get("/v1/support-documents?per_page=2&page=2").body().get("data");
        JsonNode byProvider = get("/v1/support-documents?filter[names]=jose%20perez&filter[status]=1").body()
                .get("data");

        assertThat(onlyA.get("data").findValuesAsString("reference_code")).containsExactly("COMPRA-A-2", "COMPRA-A-1");
        JsonNode row = onlyA.get("data").get(0);
        assertThat(row.get("number").asString()).isEqualTo("SEDS984000002");
        assertThat(row.get("identification").asString()).isEqualTo("900123456");
        assertThat(row.get("total").asString()).isEqualTo("57000.90");
        assertThat(row.get("status").asInt()).isEqualTo(1);
        assertThat(row.get("adjustment_notes")).isEmpty();
        assertThat(secondPage.get("pagination").get("last_page").asInt()).isEqualTo(2);
        assertThat(secondPage.get("data").findValuesAsString("reference_code")).containsExactly("COMPRA-A-1");
        assertThat(byProvider.get("pagination").get("total").asInt()).isEqualTo(3);
        assertThat(get("/v1/support-documents?filter[number]=SEDS984000003").body().get("data").get("data"))
                .hasSize(1);
    }

    @Test
    void showsAndDownloadsThePdfAndXml() throws Exception {
        String cuds = post(VALIDATE, supportDocument("DS-FILES")).body().get("data").get("support_document")
                .get("cuds").asString();

        Reply shown = get("/v1/support-documents/show/SEDS984000001");
        JsonNode pdf = get("/v1/support-documents/download-pdf/SEDS984000001").body().get("data");
        JsonNode xmlData = get("/v1/support-documents/download-xml/SEDS984000001").body().get("data");

        assertThat(shown.body().get("message").asString()).isEqualTo("Solicitud exitosa");
        assertThat(shown.body().get("data").get("support_document").get("reference_code").asString())
                .isEqualTo("DS-FILES");
        assertThat(get("/v1/support-documents/show/SEDS9").status()).isEqualTo(404);
        assertThat(pdf.get("file_name").asString()).startsWith("ds0901724254000").hasSize(25)
                .isEqualTo(xmlData.get("file_name").asString());
        byte[] bytes = Base64.getDecoder().decode(pdf.get("pdf_base_64_encoded").asString());
        assertThat(PdfPages.text(bytes)).contains("DOCUMENTO SOPORTE", "SEDS984000001", "PROVEEDOR",
                "José Pérez Gómez", "NIT 900123456-", "CUDS", cuds, "$ 57.000,90", "Excluido");
        assertThat(PdfPages.scanQr(bytes, 0)).endsWith("documentkey=" + cuds);
        Document xml = xml(xmlData);
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(DocumentKind.SUPPORT_DOCUMENT.namespace());
        assertThat(xml.getElementsByTagNameNS(DocumentXml.CBC, "UUID").item(0).getTextContent()).isEqualTo(cuds);
        assertThat(xml.getElementsByTagNameNS(DocumentXml.CBC, "InvoiceTypeCode").item(0).getTextContent())
                .isEqualTo("05");
        assertThat(xml.getElementsByTagNameNS(DocumentXml.CAC, "AccountingSupplierParty").item(0).getTextContent())
                .contains("900123456");
        assertThat(xml.getElementsByTagNameNS(DocumentXml.CBC, "PayableAmount").item(0).getTextContent())
                .isEqualTo("57000.90");
    }

    @Test
    void aDianRejectionIsHeldAndBlocksTheNextUntilDeleted() {
        control("POST", "dian/reject", Json.obj("rule", "DSAJ24", "message", "El DV del proveedor no corresponde"));

        Reply rejected = post(VALIDATE, supportDocument("DS-REJ"));
        Reply blocked = post(VALIDATE, supportDocument("DS-NEXT"));
        JsonNode held = get("/v1/support-documents?filter[status]=0").body().get("data").get("data");
        Reply deleted = delete("/v1/support-documents/reference/DS-REJ");
        Reply next = post(VALIDATE, supportDocument("DS-NEXT"));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.body().get("message").asString()).isEqualTo("El documento contiene errores de validación");
        assertThat(rejected.body().get("data").get("errors").get("DSAJ24").asString())
                .isEqualTo("Regla: DSAJ24, Rechazo: El DV del proveedor no corresponde");
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.body().get("message").asString())
                .isEqualTo("Se encontró una factura pendiente por enviar a la DIAN");
        assertThat(held.get(0).get("reference_code").asString()).isEqualTo("DS-REJ");
        assertThat(held.get(0).get("errors").get(0).asString()).contains("Rechazo");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body().get("message").asString())
                .isEqualTo("Documento con código de referencia DS-REJ eliminado con éxito");
        assertThat(next.status()).isEqualTo(201);
        assertThat(next.body().get("data").get("support_document").get("number").asString())
                .isEqualTo("SEDS984000002");
    }

    @Test
    void aSlowDianLeavesItPendingUntilTheSameReferenceIsSentAgain() {
        control("POST", "dian/slow", Json.obj("count", 1));

        JsonNode pending = post(VALIDATE, supportDocument("DS-SLOW")).body().get("data").get("support_document");
        Reply other = post(VALIDATE, supportDocument("DS-OTHER"));
        Reply retried = post(VALIDATE, supportDocument("DS-SLOW"));

        assertThat(pending.get("status").asInt()).isZero();
        assertThat(pending.get("validated").isNull()).isTrue();
        assertThat(pending.get("errors").get(0).asString()).doesNotContain("Rechazo");
        assertThat(other.status()).isEqualTo(409);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.body().get("data").get("support_document").get("status").asInt()).isEqualTo(1);
        assertThat(retried.body().get("data").get("support_document").get("number").asString())
                .isEqualTo(pending.get("number").asString());
    }

    @Test
    void deletesOnlyUnvalidatedDocuments() {
        post(VALIDATE, supportDocument("DS-OK"));

        Reply validated = delete("/v1/support-documents/reference/DS-OK");
        Reply unknown = delete("/v1/support-documents/reference/NOPE");
        Reply again = post(VALIDATE, supportDocument("DS-OK"));

        assertThat(validated.status()).isEqualTo(409);
        assertThat(validated.body().get("message").asString())
                .isEqualTo("Documento con código de referencia DS-OK se encuentra validado");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("message").asString())
                .isEqualTo("No se encontró el documento con código de referencia NOPE");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("message").asString()).contains("ya se encuentra validado");
    }

    @Test
    void faultsAndCountersUseTheSupportDocumentEndpointKeys() {
        String key = "POST /v1/support-documents/validate";
        control("POST", "faults", Json.obj("endpoint", key, "type", "status", "status", 503, "count", 1));

        Reply faulted = post(VALIDATE, supportDocument("DS-F"));
        Reply next = post(VALIDATE, supportDocument("DS-F"));

        assertThat(faulted.status()).isEqualTo(503);
        assertThat(next.status()).isEqualTo(201);
        JsonNode counters = control("GET", "counters", null).body();
        assertThat(counters.get("requests").get(key).asLong()).isEqualTo(2);
        assertThat(counters.get("documents_created").get("support_documents").asLong()).isEqualTo(1);
        assertThat(counters.get("invoices_created").asLong()).isZero();
        JsonNode listed = control("GET", "support-documents", null).body();
        assertThat(listed.get(0).get("reference_code").asString()).isEqualTo("DS-F");
        assertThat(listed.get(0).get("cuds").asString()).hasSize(96);
        assertThat(listed.get(0).get("total").asString()).isEqualTo("57000.90");
    }

    private static Document xml(JsonNode data) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                Base64.getDecoder().decode(data.get("xml_base_64_encoded").asString())));
    }
}
