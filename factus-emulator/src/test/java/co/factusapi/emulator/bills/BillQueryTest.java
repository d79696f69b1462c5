package co.factusapi.emulator.bills;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.emulator.EmulatorTestSupport;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentXml;
import co.factusapi.emulator.http.Json;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/** Listing, show, downloads, delete, e-mail and RADIAN events of bills (docs/factus-upstream.md §3.8–§3.13, §10). */
class BillQueryTest extends EmulatorTestSupport {

    @Test
    void listsNewestFirstWithLaravelPagination() {
        for (int i = 1; i <= 12; i++) {
            validated(bill("PAGE-" + i));
        }

        JsonNode first = get("/v1/bills").body().get("data");
        JsonNode second = get("/v1/bills?page=2").body().get("data");

        assertThat(first.get("data")).hasSize(10);
        assertThat(first.get("data").get(0).get("reference_code").asString()).isEqualTo("PAGE-12");
        assertThat(first.get("data").get(0).get("total").asString()).isEqualTo("90000.00");
        JsonNode pagination = first.get("pagination");
        assertThat(pagination.get("total").asInt()).isEqualTo(12);
        assertThat(pagination.get("per_page").asInt()).isEqualTo(10);
        assertThat(pagination.get("last_page").asInt()).isEqualTo(2);
        assertThat(pagination.get("from").asInt()).isEqualTo(1);
        assertThat(pagination.get("to").asInt()).isEqualTo(10);
        JsonNode links = pagination.get("links");
        assertThat(links).hasSize(4);
        assertThat(links.get(0).get("label").asString()).isEqualTo("&laquo; Anterior");
        assertThat(links.get(0).get("url").isNull()).isTrue();
        assertThat(links.get(1).get("label").isNumber()).isTrue();
        assertThat(links.get(1).get("active").asBoolean()).isTrue();
        assertThat(links.get(3).get("label").asString()).isEqualTo("Siguiente &raquo;");
        assertThat(links.get(3).get("url").asString()).endsWith("/v1/bills?page=2");
        assertThat(second.get("data")).hasSize(2);
        assertThat(second.get("pagination").get("from").asInt()).isEqualTo(11);
        assertThat(second.get("pagination").get("to").asInt()).isEqualTo(12);
    }

    @Test
    void pagePastTheEndIsEmptyWithNullBounds() {
        validated(bill("ONLY"));

        JsonNode data = get("/v1/bills?page=5").body().get("data");

        assertThat(data.get("data")).isEmpty();
        assertThat(data.get("pagination").get("from").isNull()).isTrue();
        assertThat(data.get("pagination").get("to").isNull()).isTrue();
        assertThat(data.get("pagination").get("current_page").asInt()).isEqualTo(5);
    }

    @Test
    void manyPagesCollapseIntoALaravelWindow() {
        for (int i = 1; i <= 15; i++) {
            validated(bill("W-" + i));
        }

        JsonNode links = get("/v1/bills?per_page=1&page=8").body().get("data").get("pagination").get("links");

        assertThat(links.findValuesAsString("label")).contains("...");
        assertThat(links.toString()).contains("\"label\":8,\"active\":true");
    }

    @Test
    void filtersByReferenceIdentificationNamesNumberPrefixAndStatus() {
        validated(bill("ORDER-10"));
        validated(bill("ORDER-100"));
        validated(withCustomer(withCustomer(bill("OTHER"), "identification", "555"), "names", "Grace Hopper"));

        assertThat(rows("filter[reference_code]=ORDER-10")).isEqualTo(2);
        assertThat(rows("filter[identification]=555")).isEqualTo(1);
        assertThat(rows("filter[names]=grace")).isEqualTo(1);
        assertThat(rows("filter[number]=SETP990000002")).isEqualTo(1);
        assertThat(rows("filter[prefix]=SETP")).isEqualTo(3);
        assertThat(rows("filter[status]=1")).isEqualTo(3);
        assertThat(rows("filter[status]=0")).isZero();
    }

    @Test
    void showReturnsTheDocumentAndUnknownNumbersAre404() {
        validated(bill("SHOW"));

        Reply shown = get("/v1/bills/show/SETP990000001");
        Reply missing = get("/v1/bills/show/SETP999");

        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body().get("status").asString()).isEqualTo("OK");
        assertThat(shown.body().get("message").asString()).isEqualTo("Solicitud exitosa");
        assertThat(shown.body().get("data").get("bill").get("reference_code").asString()).isEqualTo("SHOW");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("message").asString()).isEqualTo("No se encontró la factura con número SETP999");
    }

    @Test
    void pdfIsARealDocumentWithTheBillContents() throws Exception {
        JsonNode header = validated(bill("PDF")).get("bill");

        JsonNode data = get("/v1/bills/download-pdf/SETP990000001").body().get("data");

        assertThat(data.get("file_name").asString()).matches("fv0901724254000\\d{2}00000001");
        byte[] pdf = Base64.getDecoder().decode(data.get("pdf_base_64_encoded").asString());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("SETP990000001", header.get("cufe").asString(), "Alan Turing", "123456789",
                    "Señal de prueba", "Café", "$ 90.000,00", "FACTUS S.A.S.", "Fecha de emisión");
        }
    }

    @Test
    void pdfDrawsTheUploadedLogoAndAnyCustomerNameWithAScannableQr() throws Exception {
        uploadLogo(SampleDocuments.logoPng());
        JsonNode header = validated(withCustomer(bill("EMOJI"), "names", "Tienda 😀 東京 Peñón")).get("bill");

        Reply download = get("/v1/bills/download-pdf/SETP990000001");

        assertThat(download.status()).isEqualTo(200);
        byte[] pdf = Base64.getDecoder().decode(download.body().get("data").get("pdf_base_64_encoded").asString());
        assertThat(PdfPages.text(pdf)).contains("Tienda ? ?? Peñón", "SETP990000001");
        assertThat(PdfPages.scanQr(pdf, 0)).isEqualTo(header.get("qr").asString())
                .contains(header.get("cufe").asString());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getResources().getXObjectNames()).hasSize(1);
        }
    }

    private void uploadLogo(byte[] png) {
        String boundary = "LogoBoundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"logo.png\""
                + "\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
        Reply reply = send(HttpRequest.newBuilder(uri("/v1/company/logo"))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, png, tail))));
        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void xmlIsANamespaceCorrectUblInvoice() throws Exception {
        JsonNode header = validated(bill("XML")).get("bill");

        JsonNode data = get("/v1/bills/download-xml/SETP990000001").body().get("data");

        assertThat(data.get("file_name").asString()).isEqualTo(
                get("/v1/bills/download-pdf/SETP990000001").body().get("data").get("file_name").asString());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                Base64.getDecoder().decode(data.get("xml_base_64_encoded").asString())));
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(DocumentKind.INVOICE.namespace());
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("Invoice");
        var uuid = xml.getElementsByTagNameNS(DocumentXml.CBC, "UUID").item(0);
        assertThat(uuid.getTextContent()).isEqualTo(header.get("cufe").asString());
        assertThat(uuid.getAttributes().getNamedItem("schemeName").getNodeValue()).isEqualTo("CUFE-SHA384");
        assertThat(xml.getElementsByTagNameNS(DocumentXml.CBC, "PayableAmount").item(0).getTextContent())
                .isEqualTo("90000.00");
        assertThat(xml.getElementsByTagNameNS(DocumentXml.CAC, "InvoiceLine").getLength()).isEqualTo(2);
        assertThat(xml.getElementsByTagNameNS(DocumentXml.STS, "QRCode").getLength()).isEqualTo(1);
    }

    @Test
    void emailContentCarriesTheDianSubjectAndAZipOfPdfAndXml() throws Exception {
        validated(bill("ZIP"));

        JsonNode data = get("/v1/bills/SETP990000001/email-content").body().get("data");

        assertThat(data.get("subject").asString()).isEqualTo("901724254;FACTUS S.A.S.;SETP990000001;01;FACTUS S.A.S.");
        java.util.List<String> entries = new java.util.ArrayList<>();
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(
                Base64.getDecoder().decode(data.get("attached_document").asString())))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).hasSize(2).anyMatch(name -> name.endsWith(".pdf")).anyMatch(name -> name.endsWith(".xml"));
    }

    @Test
    void deleteRemovesOnlyUnvalidatedBills() {
        validated(bill("DONE"));
        control("POST", "dian/slow", Json.obj("count", 1));
        validated(bill("PENDING"));

        Reply validatedDelete = delete("/v1/bills/destroy/reference/DONE");
        Reply unknown = delete("/v1/bills/destroy/reference/NOPE");
        Reply deleted = delete("/v1/bills/destroy/reference/PENDING");

        assertThat(validatedDelete.status()).isEqualTo(409);
        assertThat(validatedDelete.body().get("message").asString())
                .isEqualTo("Documento con código de referencia DONE se encuentra validado");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("message").asString())
                .isEqualTo("No se encontró el documento con código de referencia NOPE");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body().get("message").asString())
                .isEqualTo("Documento con código de referencia PENDING eliminado con éxito");
        assertThat(deleted.body().has("data")).isFalse();
        assertThat(control("GET", "bills", null).body().findValuesAsString("reference_code")).containsExactly("DONE");
    }

    @Test
    void sendEmailIsRecordedInTheOutbox() {
        validated(bill("MAIL"));

        Reply sent = post("/v1/bills/send-email/SETP990000001", Json.obj("email", "cliente@example.com"));
        Reply invalid = post("/v1/bills/send-email/SETP990000001", Json.obj("email", "not-an-email"));
        Reply missing = post("/v1/bills/send-email/SETP990000001", Json.obj());

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body().get("message").asString()).isEqualTo("Factura enviada al cliente con éxito");
        assertThat(sent.body().has("data")).isFalse();
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body().get("data").get("errors").has("email")).isTrue();
        JsonNode outbox = control("GET", "outbox", null).body();
        assertThat(outbox).hasSize(1);
        assertThat(outbox.get(0).get("email").asString()).isEqualTo("cliente@example.com");
        assertThat(outbox.get(0).get("number").asString()).isEqualTo("SETP990000001");
    }

    @Test
    void radianEventsAddedThroughTheControlPlaneAreListed() {
        validated(bill("EVENTS"));
        assertThat(get("/v1/bills/SETP990000001/radian/events").body().get("data")).isEmpty();

        control("POST", "bills/SETP990000001/events", Json.obj("event_code", "030"));

        JsonNode events = get("/v1/bills/SETP990000001/radian/events").body().get("data");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("event_code").asString()).isEqualTo("030");
        assertThat(events.get(0).get("event_name").asString())
                .isEqualTo("Acuse de recibo de Factura Electrónica de Venta");
        assertThat(events.get(0).get("cude").asString()).hasSize(96);
        assertThat(events.get(0).get("effective_date").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(events.get(0).get("effective_time").asString()).matches("\\d{2}:\\d{2}:\\d{2}");
    }

    private int rows(String query) {
        return get("/v1/bills?" + query).body().get("data").get("pagination").get("total").asInt();
    }
}
