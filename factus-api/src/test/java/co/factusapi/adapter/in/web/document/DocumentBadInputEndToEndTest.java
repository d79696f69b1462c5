package co.factusapi.adapter.in.web.document;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.DocumentFixture;
import co.factusapi.testsupport.DocumentJson;
import co.factusapi.testsupport.EndToEndTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What a caller hears when a note or a support document is wrong: 422 problems that name the field and the fix. */
class DocumentBadInputEndToEndTest extends EndToEndTest {

    @Test
    void anUnknownConceptListsTheAcceptedOnes() {
        String body = DocumentFixture.DEBIT_NOTE.body("ND-BAD-" + System.nanoTime(), "SETP990000001")
                .replace("\"interest\"", "\"late_fee\"");
        JsonNode problem = problem(api.postJson("/api/v1/debit-notes", body), "correction_concept");
        assertThat(problem.toString()).contains("interest, expenses, value_change, other");
    }

    @Test
    void aNoteOnADocumentThatIsNotIssuedOrNotOursNamesIt() {
        String body = DocumentFixture.ADJUSTMENT_NOTE.body("NA-BAD-" + System.nanoTime(), "SEDS000000000");
        assertThat(problem(api.postJson("/api/v1/adjustment-notes", body), "support_document_number").toString())
                .contains("there is no support document numbered SEDS000000000");
    }

    @Test
    void aNoteBeyondWhatRemainsNamesTheAmountLeft() {
        String support = ApiClient.json(api.postJson("/api/v1/support-documents",
                DocumentJson.supportDocument("DS-ONE-" + System.nanoTime(), 1))).path("number").asString();
        String twoUnits = DocumentFixture.ADJUSTMENT_NOTE.body("NA-TWO-" + System.nanoTime(), support)
                .replace("\"quantity\": 1", "\"quantity\": 2");
        assertThat(problem(api.postJson("/api/v1/adjustment-notes", twoUnits), "items").toString())
                .contains("exceeds the remaining amount 150000.00 of support document " + support);
    }

    @Test
    void aSellerAbroadWithoutWhatDianNeedsGetsEveryFieldPath() {
        String body = DocumentJson.supportDocument("DS-ABROAD-" + System.nanoTime())
                .replace("\"country_code\": \"CO\"", "\"country_code\": \"us\"")
                .replace("\"address\": \"Vereda El Tablón\", ", "");
        HttpResponse<String> response = api.postJson("/api/v1/support-documents", body);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(ApiClient.json(response).path("errors").findValuesAsString("field"))
                .contains("provider.country_code", "provider.address");
        String nitAbroad = DocumentJson.supportDocument("DS-NIT-" + System.nanoTime())
                .replace("\"country_code\": \"CO\"", "\"country_code\": \"US\"");
        problem(api.postJson("/api/v1/support-documents", nitAbroad), "provider.document_type");
    }

    @Test
    void aTaxedSupportDocumentLineIsRefusedRatherThanIssuedUntaxed() {
        String taxed = DocumentJson.supportDocument("DS-TAX-" + System.nanoTime())
                .replace("\"tax_rate\": \"0.00\"", "\"tax_rate\": \"19.00\"").replace("\"is_excluded\": true",
                        "\"is_excluded\": false");
        assertThat(problem(api.postJson("/api/v1/support-documents", taxed), "items[0].tax_rate").toString())
                .contains("carry no taxes");
    }

    private static JsonNode problem(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.path("errors").findValuesAsString("field")).contains(field);
        return problem;
    }
}
