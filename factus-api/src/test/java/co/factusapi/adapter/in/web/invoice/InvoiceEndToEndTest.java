package co.factusapi.adapter.in.web.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.EndToEndTest;
import co.factusapi.testsupport.InvoiceJson;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;
import tools.jackson.databind.JsonNode;

/** The whole service over HTTP with its embedded default upstream: the bundled Factus emulator. */
class InvoiceEndToEndTest extends EndToEndTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void issueFindDownloadAndMailAnInvoice(CapturedOutput output) throws Exception {
        String reference = "E2E-" + System.nanoTime();
        HttpResponse<String> created = api.postJson("/api/v1/invoices", InvoiceJson.body(reference, "1137624282", "CC", null));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode invoice = ApiClient.json(created);
        String number = invoice.path("number").asString();
        assertThat(invoice.path("status").asString()).isEqualTo("ISSUED");
        assertThat(invoice.path("prefix").asString()).isEqualTo("SETP");
        assertThat(number).startsWith("SETP");
        assertThat(invoice.path("cufe").asString()).matches("[0-9a-f]{96}");
        assertThat(invoice.path("qr_url").asString()).contains(invoice.path("cufe").asString());
        assertThat(invoice.path("totals").path("total").decimalValue()).isEqualByComparingTo("23800.00");
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/invoices/" + number);

        assertThat(ApiClient.json(api.get("/api/v1/invoices/" + number)).path("reference_code").asString()).isEqualTo(reference);
        JsonNode page = ApiClient.json(api.get("/api/v1/invoices?reference_code=" + reference));
        assertThat(page.path("data")).hasSize(1);
        assertThat(page.path("pagination").path("total").asLong()).isEqualTo(1);

        HttpResponse<byte[]> pdf = api.getBytes("/api/v1/invoices/" + number + "/pdf");
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains(".pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains(number).contains("Juan Pérez");
        }
        JsonNode pdfJson = ApiClient.json(api.get("/api/v1/invoices/" + number + "/pdf", "Accept", "application/json"));
        assertThat(pdfJson.path("extension").asString()).isEqualTo("pdf");
        assertThat(Base64.getDecoder().decode(pdfJson.path("file_content").asString())).startsWith("%PDF".getBytes());

        HttpResponse<String> xml = api.get("/api/v1/invoices/" + number + "/xml");
        assertThat(xml.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("xml"));
        assertThat(xml.body()).contains(invoice.path("cufe").asString());

        emulator.addEvent(number, "030");
        assertThat(ApiClient.json(api.get("/api/v1/invoices/" + number + "/events")).path(0).path("event_code").asString())
                .isEqualTo("030");
        HttpResponse<String> mailed = api.postJson("/api/v1/invoices/" + number + "/send-email", "{\"email\":\"cliente@example.com\"}");
        assertThat(mailed.statusCode()).isEqualTo(200);
        assertThat(emulator.outbox()).contains("cliente@example.com");

        HttpResponse<String> again = api.postJson("/api/v1/invoices", InvoiceJson.body(reference, "1137624282", "CC", null));
        assertProblem(again, 409, "invoice-already-issued");
        assertThat(again.headers().firstValue("Location")).contains("/api/v1/invoices/" + number);
        assertProblem(api.send("DELETE", "/api/v1/invoices/reference/" + reference, null, null), 409, "invoice-validated");

        assertThat(output.getAll()).doesNotContain("1137624282").doesNotContain(ApiClient.ADMIN_PASSWORD)
                .doesNotContain("emulator-password").doesNotContain("factus-emulator-secret");
    }

    @Test
    void invalidInvoicesGetEveryProblemWithItsPath() {
        long validatesBefore = emulator.requests("POST /v1/bills/validate");
        HttpResponse<String> unknownCode = api.postJson("/api/v1/invoices", InvoiceJson.body("E2E-BAD", "1137624282", "XX", null));
        JsonNode problem = assertProblem(unknownCode, 422, "validation-error");
        assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("customer.document_type");
        assertThat(problem.path("correlation_id").asString()).isNotBlank();

        JsonNode wrongDv = assertProblem(api.postJson("/api/v1/invoices", InvoiceJson.body("E2E-DV", "901724254", "NIT", "7")),
                422, "validation-error");
        assertThat(wrongDv.path("errors").path(0).path("field").asString()).isEqualTo("customer.dv");

        JsonNode unknownField = assertProblem(api.postJson("/api/v1/invoices", "{\"numbering_range_id\": 8}"), 422,
                "validation-error");
        assertThat(unknownField.path("errors").path(0).path("field").asString()).isEqualTo("numbering_range_id");
        assertProblem(api.postJson("/api/v1/invoices", "{\"reference_code\": "), 400, "malformed-json");
        assertProblem(api.send("POST", "/api/v1/invoices", "x", "text/plain"), 415, "unsupported-media-type");
        assertProblem(api.send("PUT", "/api/v1/invoices", "{}", "application/json"), 405, "method-not-allowed");
        assertProblem(api.get("/api/v1/nothing-here"), 404, "not-found");
        assertProblem(api.get("/api/v1/invoices/NOPE1"), 404, "not-found");
        assertProblem(api.get("/api/v1/invoices?status=LOST"), 422, "validation-error");
        assertProblem(api.anonymous().postJson("/api/v1/invoices", "{}"), 401, "unauthorized");
        assertThat(emulator.requests("POST /v1/bills/validate")).isEqualTo(validatesBefore);
    }

    @Test
    void aDianRejectionIsRecordedAndDoesNotBlockTheAccount() {
        emulator.rejectNext(1);
        JsonNode rejected = assertProblem(api.postJson("/api/v1/invoices", InvoiceJson.body("E2E-REJ", "1137624282", "CC", null)),
                422, "dian-rejected");
        assertThat(rejected.path("errors").path(0).path("field").asString()).isEqualTo("FAK24");
        assertThat(ApiClient.json(api.get("/api/v1/invoices?reference_code=E2E-REJ")).path("data").path(0)
                .path("status").asString()).isEqualTo("REJECTED");

        HttpResponse<String> next = api.postJson("/api/v1/invoices", InvoiceJson.body("E2E-AFTER", "1137624282", "CC", null));
        assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
    }

    @Test
    void aFailingFactusIsA503AndTheRetryIssuesExactlyOnce() {
        emulator.fault("POST /v1/bills/validate", "\"type\":\"status\",\"status\":503,\"count\":1");
        HttpResponse<String> failed = api.postJson("/api/v1/invoices", InvoiceJson.body("E2E-503", "1137624282", "CC", null));
        assertProblem(failed, 503, "upstream-unavailable");
        assertThat(failed.headers().firstValue("Retry-After")).isPresent();

        HttpResponse<String> retried = api.postJson("/api/v1/invoices", InvoiceJson.body("E2E-503", "1137624282", "CC", null));
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
        assertThat(emulator.bills().split("E2E-503", -1)).hasSize(2);
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(PROBLEM));
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.path("type").asString()).isEqualTo("urn:factus-api:problem:" + code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at co.factusapi");
        return problem;
    }
}
