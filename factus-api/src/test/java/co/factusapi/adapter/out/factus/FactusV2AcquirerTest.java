package co.factusapi.adapter.out.factus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.domain.catalog.Acquirer;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.party.IdentificationType;
import co.factusapi.domain.tenant.ApiVersion;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The DIAN acquirer lookup of a v2 account (contract §10.4): DIAN's code instead of Factus's id. */
class FactusV2AcquirerTest {
    /** The contract's V2EX answer for DIAN's CC test person 5. */
    static final String ANSWER = """
            {"status":"OK","message":"Solicitud exitosa","data":{"name":"Nombre Cédula de ciudadanía 5",
             "email":"Mail_Cédula de ciudadanía_5@mail.com"}}""";

    private static JsonNode json(String text) {
        return FactusV2BillPayloadTest.JSON.readTree(text);
    }

    @Test
    void v2AsksByDianCodeWhereV1AskedByFactusId() {
        assertThat(FactusReferenceData.acquirerQuery(ApiVersion.V2, IdentificationType.CC, "1399995"))
                .containsExactly(Map.entry("identification_document_code", "13"),
                        Map.entry("identification_number", "1399995"));
        assertThat(FactusReferenceData.acquirerQuery(ApiVersion.V2, IdentificationType.NIT, "3199991"))
                .containsEntry("identification_document_code", "31");
        assertThat(FactusReferenceData.acquirerQuery(ApiVersion.V1, IdentificationType.CC, "1399995"))
                .containsExactly(Map.entry("identification_document_id", "3"),
                        Map.entry("identification_number", "1399995"));
    }

    @Test
    void theContractsAnswerIsReadAndAnEmptyOneIsNobody() {
        assertThat(FactusReferenceData.acquirer(json(ANSWER).path("data"))).contains(
                new Acquirer("Nombre Cédula de ciudadanía 5", "Mail_Cédula de ciudadanía_5@mail.com"));
        for (String empty : new String[] {"{}", "{\"data\": null}", "{\"data\": []}", "{\"data\": {}}",
                "{\"data\": {\"name\": null, \"email\": \"\"}}"}) {
            assertThat(FactusReferenceData.acquirer(json(empty).path("data"))).as(empty).isEmpty();
        }
        assertThatThrownBy(() -> FactusReferenceData.acquirer(json("{\"data\": \"<html>\"}").path("data")))
                .isInstanceOf(UpstreamException.class);
    }

    @Test
    void aV2TenantAsksV2DianAcquirer() throws Exception {
        try (StubFactus factus = new StubFactus().answer("GET /v2/dian/acquirer", 200, ANSWER);
             FactusAdapterFactory v2 = factus.adapter(ApiVersion.V2)) {
            assertThat(v2.referenceData().acquirer(IdentificationType.CC, "1399995"))
                    .contains(new Acquirer("Nombre Cédula de ciudadanía 5", "Mail_Cédula de ciudadanía_5@mail.com"));
            factus.answer("GET /v2/dian/acquirer", 404, "{\"status\":\"Not Found\",\"message\":\"No encontrado\"}");
            assertThat(v2.referenceData().acquirer(IdentificationType.CC, "123")).isEmpty();

            assertThat(factus.lines()).containsExactly(
                    "GET /v2/dian/acquirer?identification_document_code=13&identification_number=1399995",
                    "GET /v2/dian/acquirer?identification_document_code=13&identification_number=123");
        }
    }
}
