package co.factusapi.adapter.in.web.creditnote;

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
import tools.jackson.databind.JsonNode;

/** Credit notes over HTTP against the embedded Factus emulator, from a fresh invoice to its full cancellation. */
class CreditNoteEndToEndTest extends EndToEndTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String ONE_UNIT = """
            [{"code_reference": "PROD-001", "name": "Café de Santander 500 g", "quantity": 1, "price": "11900.00",
              "discount_rate": 0, "tax_rate": "19.00", "unit_measure_code": "94", "standard_code": "1",
              "is_excluded": false, "tribute": "IVA"}]""";

    @Test
    void creditPartOfAnInvoiceThenTheRestThenNothingMore() throws Exception {
        String invoice = issueInvoice("CN-E2E-" + System.nanoTime());

        HttpResponse<String> partial = api.postJson("/api/v1/credit-notes",
                creditNote(invoice, "partial_return", "NC-P-" + System.nanoTime(), ONE_UNIT));
        assertThat(partial.statusCode()).as(partial.body()).isEqualTo(201);
        JsonNode first = ApiClient.json(partial);
        String number = first.path("number").asString();
        assertThat(number).startsWith("NC");
        assertThat(first.path("cude").asString()).matches("[0-9a-f]{96}");
        assertThat(first.path("status").asString()).isEqualTo("ISSUED");
        assertThat(first.path("invoice_number").asString()).isEqualTo(invoice);
        assertThat(first.path("correction_concept").asString()).isEqualTo("partial_return");
        assertThat(first.path("totals").path("total").decimalValue()).isEqualByComparingTo("11900.00");
        assertThat(partial.headers().firstValue("Location")).contains("/api/v1/credit-notes/" + number);
        assertThat(invoiceDetail(invoice).path("remaining_creditable_amount").decimalValue()).isEqualByComparingTo("11900.00");

        HttpResponse<String> rest = api.postJson("/api/v1/credit-notes",
                creditNote(invoice, "cancellation", "NC-C-" + System.nanoTime(), null));
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(201);
        assertThat(ApiClient.json(rest).path("totals").path("total").decimalValue()).isEqualByComparingTo("11900.00");

        JsonNode overDefault = assertProblem(api.postJson("/api/v1/credit-notes",
                creditNote(invoice, "discount", "NC-X-" + System.nanoTime(), null)), 422, "validation-error");
        assertThat(overDefault.path("errors").path(0).path("field").asString()).isEqualTo("invoice_number");
        assertThat(overDefault.path("errors").path(0).path("message").asString()).contains("remaining amount 0.00");
        JsonNode overItems = assertProblem(api.postJson("/api/v1/credit-notes",
                creditNote(invoice, "price_adjustment", "NC-Y-" + System.nanoTime(), ONE_UNIT)), 422, "validation-error");
        assertThat(overItems.path("errors").path(0).path("field").asString()).isEqualTo("items");

        HttpResponse<String> detailResponse = api.get("/api/v1/invoices/" + invoice);
        assertThat(detailResponse.body()).contains("\"remaining_creditable_amount\":0.00");
        JsonNode detail = ApiClient.json(detailResponse);
        assertThat(detail.path("credit_notes")).hasSize(2);
        assertThat(detail.path("credit_notes").path(0).path("number").asString()).isEqualTo(number);
        assertThat(detail.path("credit_notes").path(0).path("cude").asString()).isEqualTo(first.path("cude").asString());
        assertThat(detail.path("credit_notes").path(1).path("status").asString()).isEqualTo("ISSUED");
    }

    @Test
    void listGetDownloadAndMailACreditNote() throws Exception {
        String invoice = issueInvoice("CN-DOC-" + System.nanoTime());
        String reference = "NC-DOC-" + System.nanoTime();
        JsonNode note = ApiClient.json(api.postJson("/api/v1/credit-notes", creditNote(invoice, "other", reference, ONE_UNIT)));
        String number = note.path("number").asString();

        JsonNode page = ApiClient.json(api.get("/api/v1/credit-notes?invoice_number=" + invoice));
        assertThat(page.path("data")).hasSize(1);
        assertThat(page.path("data").path(0).path("reference_code").asString()).isEqualTo(reference);
        assertThat(page.path("pagination").path("total").asLong()).isEqualTo(1);
        assertThat(ApiClient.json(api.get("/api/v1/credit-notes?reference_code=" + reference + "&status=ISSUED"))
                .path("data")).hasSize(1);
        assertThat(ApiClient.json(api.get("/api/v1/credit-notes?reference_code=" + reference + "&status=REJECTED"))
                .path("data")).isEmpty();
        assertThat(ApiClient.json(api.get("/api/v1/credit-notes?created_from=2000-01-01&size=1")).path("data")).hasSize(1);
        assertThat(ApiClient.json(api.get("/api/v1/credit-notes/" + number)).path("cude").asString())
                .isEqualTo(note.path("cude").asString());

        HttpResponse<byte[]> pdf = api.getBytes("/api/v1/credit-notes/" + number + "/pdf");
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains(".pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains(number);
        }
        JsonNode pdfJson = ApiClient.json(api.get("/api/v1/credit-notes/" + number + "/pdf", "Accept", "application/json"));
        assertThat(Base64.getDecoder().decode(pdfJson.path("file_content").asString())).startsWith("%PDF".getBytes());
        HttpResponse<String> xml = api.get("/api/v1/credit-notes/" + number + "/xml");
        assertThat(xml.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("xml"));
        assertThat(xml.body()).contains(note.path("cude").asString());
        JsonNode xmlJson = ApiClient.json(api.get("/api/v1/credit-notes/" + number + "/xml", "Accept", "application/json"));
        assertThat(xmlJson.path("extension").asString()).isEqualTo("xml");

        HttpResponse<String> mailed = api.postJson("/api/v1/credit-notes/" + number + "/send-email",
                "{\"email\":\"devoluciones@example.com\"}");
        assertThat(mailed.statusCode()).as(mailed.body()).isEqualTo(200);
        assertThat(emulator.outbox()).contains("devoluciones@example.com").contains(number);
        assertProblem(api.postJson("/api/v1/credit-notes/" + number + "/send-email", "{\"email\":\"nope\"}"), 422,
                "validation-error");

        assertProblem(api.postJson("/api/v1/credit-notes", creditNote(invoice, "other", reference, ONE_UNIT)), 409,
                "credit-note-already-issued");
    }

    @Test
    void creditNotesOnlyForValidatedInvoicesOfOurs() {
        long validatesBefore = emulator.requests("POST /v1/credit-notes/validate");
        JsonNode unknown = assertProblem(api.postJson("/api/v1/credit-notes",
                creditNote("SETP1", "cancellation", "NC-U-1", null)), 422, "validation-error");
        assertThat(unknown.path("errors").path(0).path("field").asString()).isEqualTo("invoice_number");

        String reference = "CN-SLOW-" + System.nanoTime();
        emulator.slowNext(1);
        HttpResponse<String> slow = api.postJson("/api/v1/invoices", InvoiceJson.body(reference, "1137624282", "CC", null));
        assertThat(slow.statusCode()).as(slow.body()).isEqualTo(202);
        String unvalidated = ApiClient.json(slow).path("number").asString();
        JsonNode notIssued = assertProblem(api.postJson("/api/v1/credit-notes",
                creditNote(unvalidated, "cancellation", "NC-U-2", null)), 422, "validation-error");
        assertThat(notIssued.path("errors").path(0).path("message").asString()).contains("UNKNOWN");
        assertThat(api.postJson("/api/v1/invoices", InvoiceJson.body(reference, "1137624282", "CC", null)).statusCode())
                .isEqualTo(201);

        String invoice = issueInvoice("CN-BAD-" + System.nanoTime());
        JsonNode badConcept = assertProblem(api.postJson("/api/v1/credit-notes",
                creditNote(invoice, "refund", "NC-U-3", null)), 422, "validation-error");
        assertThat(badConcept.path("errors").path(0).path("field").asString()).isEqualTo("correction_concept");
        JsonNode cancellationWithItems = assertProblem(api.postJson("/api/v1/credit-notes",
                creditNote(invoice, "cancellation", "NC-U-4", ONE_UNIT)), 422, "validation-error");
        assertThat(cancellationWithItems.path("errors").path(0).path("field").asString()).isEqualTo("items");
        JsonNode badRange = assertProblem(api.postJson("/api/v1/credit-notes", """
                {"invoice_number": "%s", "correction_concept": "cancellation", "reference_code": "NC-U-5",
                 "numbering_range_prefix": "ZZ"}""".formatted(invoice)), 422, "validation-error");
        assertThat(badRange.path("errors").path(0).path("field").asString()).isEqualTo("numbering_range_prefix");
        JsonNode missing = assertProblem(api.postJson("/api/v1/credit-notes", "{}"), 422, "validation-error");
        assertThat(missing.path("errors")).extracting(e -> e.path("field").asString())
                .contains("invoice_number", "correction_concept", "reference_code");
        assertProblem(api.postJson("/api/v1/credit-notes", "{\"bill_id\": 1}"), 422, "validation-error");
        assertThat(emulator.requests("POST /v1/credit-notes/validate")).isEqualTo(validatesBefore);

        assertProblem(api.get("/api/v1/credit-notes/NC999999"), 404, "not-found");
        assertProblem(api.get("/api/v1/credit-notes/NC999999/pdf"), 404, "not-found");
        assertProblem(api.get("/api/v1/credit-notes?status=LOST"), 422, "validation-error");
        assertProblem(api.anonymous().postJson("/api/v1/credit-notes", "{}"), 401, "unauthorized");
        assertProblem(api.anonymous().get("/api/v1/credit-notes"), 401, "unauthorized");
    }

    private String issueInvoice(String reference) {
        HttpResponse<String> created = api.postJson("/api/v1/invoices", InvoiceJson.body(reference, "1137624282", "CC", null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).path("number").asString();
    }

    private JsonNode invoiceDetail(String number) {
        return ApiClient.json(api.get("/api/v1/invoices/" + number));
    }

    private static String creditNote(String invoice, String concept, String reference, String items) {
        return """
                {"invoice_number": "%s", "correction_concept": "%s", "reference_code": "%s", "send_email": false%s}"""
                .formatted(invoice, concept, reference, items == null ? "" : ", \"items\": " + items);
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(PROBLEM));
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.path("type").asString()).isEqualTo("urn:factus-api:problem:" + code);
        return problem;
    }
}
