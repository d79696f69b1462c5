package co.factusapi.adapter.out.factus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import co.factusapi.domain.error.FactusApiException;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.UpstreamException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * v2 answers that do not match the documented shape (contract §9): an HTML error page, truncated JSON, unexpected
 * types. Each becomes one of our upstream problems (a clear 502 when nothing can be read), never a 500, and no raw
 * excerpt of the body reaches the problem; the excerpt that is logged is truncated and scrubbed.
 */
class FactusV2ErrorBodyTest {
    private static final String HTML = "<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title>"
            + "</head><body><h1>Sorry, you have been blocked</h1>" + "x".repeat(5000) + "</body></html>";

    private static FactusResponse response(int status, String body) {
        return new FactusResponse(status, new HttpHeaders(),
                FactusTransport.parse(body.getBytes(StandardCharsets.UTF_8), "credit-notes.validate", status));
    }

    private static JsonNode json(String text) {
        return FactusV2BillPayloadTest.JSON.readTree(text);
    }

    @Test
    void anHtmlOrTruncatedBodyOnA422IsABadResponseWhoseOutcomeIsReconciled() {
        for (String body : List.of(HTML, "{\"status\":\"Validation error\",\"data\":{\"errors\":{\"FAK24\":\"Regla: FA",
                "", "[1, 2]", "\"Validation error\"")) {
            FactusApiException error = FactusErrors.translate(response(422, body));

            assertThat(error).as(body).isInstanceOfSatisfying(UpstreamException.class,
                    e -> assertThat(e.kind()).isEqualTo(UpstreamException.Kind.BAD_RESPONSE));
            assertThat(error.getMessage()).doesNotContain("<", "Cloudflare", "Regla");
        }
    }

    @Test
    void otherStatusesWithAnHtmlBodyKeepTheirMeaningWithoutTheBody() {
        assertThat(kind(response(500, HTML))).isEqualTo(UpstreamException.Kind.UNAVAILABLE);
        assertThat(kind(response(503, HTML))).isEqualTo(UpstreamException.Kind.UNAVAILABLE);
        assertThat(kind(response(429, HTML))).isEqualTo(UpstreamException.Kind.UNAVAILABLE);
        // §1.2: a Cloudflare 403 is HTML; it is still "refused for this account", a 502 of ours.
        assertThat(kind(response(403, HTML))).isEqualTo(UpstreamException.Kind.BAD_CREDENTIALS);
        assertThat(kind(response(409, HTML))).isEqualTo(UpstreamException.Kind.CONFLICT);
        assertThat(kind(response(400, HTML))).isEqualTo(UpstreamException.Kind.BAD_RESPONSE);
        for (int status : new int[] {500, 503, 429, 403, 409, 400, 404, 418}) {
            assertThat(FactusErrors.translate(response(status, HTML)).getMessage()).doesNotContain("<", "Cloudflare");
        }
    }

    @Test
    void aV2DianRejectionWithErrorsAsAListIsADianRejection() {
        // §9.1: errors may be a list of strings; "Rechazo" decides, not the container.
        FactusApiException error = FactusErrors.translate(response(422, """
                {"status": "Validation error", "message": "El documento contiene errores de validación",
                 "data": {"message": "El documento contiene errores de validación",
                          "errors": ["Regla: CAJ44b, Rechazo: el valor no coincide", "Regla: RUT01, Notificación: x"]}}"""));

        assertThat(error).isInstanceOfSatisfying(UpstreamException.class, e -> {
            assertThat(e.kind()).isEqualTo(UpstreamException.Kind.DIAN_REJECTED);
            assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("CAJ44b", "RUT01");
        });
    }

    @Test
    void errorValuesOfUnexpectedTypesAreReadAsTextNeverA500() {
        FactusApiException error = FactusErrors.translate(response(422, """
                {"status": "Validation error", "message": {"es": "Error"},
                 "data": {"errors": {"items.0.price": [{"rule": "numeric"}, 12, null, true],
                                     "payment_details.0.amount": {"nested": ["El monto no coincide"]},
                                     "customer": null}}}"""));

        assertThat(error).isInstanceOfSatisfying(UpstreamException.class, e -> {
            assertThat(e.kind()).isEqualTo(UpstreamException.Kind.REJECTED);
            assertThat(e.violations()).extracting(FieldViolation::field)
                    .contains("items[0].price", "payment_details[0].amount");
            assertThat(e.violations()).extracting(FieldViolation::message).contains("El monto no coincide", "12");
        });
    }

    @Test
    void aSuccessStatusWithAnUnreadableDocumentIsABadResponse() {
        for (String body : List.of(HTML, "{\"status\": \"Created\", \"data\": [\"NC1\"]}",
                "{\"status\": \"Created\", \"data\": {\"number\": {\"prefix\": \"NC\"}}}",
                "{\"status\": \"Created\", \"data\": {\"number\": \"   \"}}")) {
            FactusResponse answer = response(201, body);
            Throwable thrown = catchThrowable(() -> FactusDocumentJson.document(
                    FactusDocumentProvider.ok(answer).path("data"), FactusEndpoints.CREDIT_NOTES_V2));

            assertThat(thrown).as(body).isInstanceOfSatisfying(UpstreamException.class,
                    e -> assertThat(e.kind()).isEqualTo(UpstreamException.Kind.BAD_RESPONSE));
        }
    }

    @Test
    void unexpectedTypesInsideAReadableDocumentAreTolerated() {
        JsonNode data = json("""
                {"number": "NC857", "is_validated": "true", "errors": "Regla: CAJ44b, Notificación: x",
                 "cude": {"value": "x"}, "numbering_range": "NC",
                 "totals": {"gross_amount": {"v": 1}, "tax_amount": [1], "total": "23800.00"},
                 "links": "https://example"}""");

        var note = FactusDocumentJson.document(data, FactusEndpoints.CREDIT_NOTES_V2);

        assertThat(note.number()).isEqualTo("NC857");
        assertThat(note.validated()).isTrue();
        assertThat(note.uniqueCode()).isNull();
        assertThat(note.prefix()).isNull();
        assertThat(note.qrUrl()).isNull();
        assertThat(note.totals().total()).isEqualByComparingTo("23800.00");
        assertThat(note.notices()).extracting(FieldViolation::message).containsExactly("Regla: CAJ44b, Notificación: x");
    }

    @Test
    void theLoggedExcerptIsShortAndHoldsNoToken() {
        String excerpt = FactusTransport.excerpt(("<html>Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl "
                + "{\"access_token\":\"secret-1\",\"client_secret\":\"secret-2\",\"password\":\"secret-3\"}\n\u0000"
                + "y".repeat(1000)).getBytes(StandardCharsets.UTF_8));

        assertThat(excerpt.length()).isLessThanOrEqualTo(FactusTransport.EXCERPT_LENGTH + 20);
        assertThat(excerpt).doesNotContain("eyJ", "secret-1", "secret-2", "secret-3", "\n", "\u0000");
        assertThat(excerpt).startsWith("<html>").contains("[redacted]").endsWith("…");
    }

    private static UpstreamException.Kind kind(FactusResponse answer) {
        return ((UpstreamException) FactusErrors.translate(answer)).kind();
    }
}
