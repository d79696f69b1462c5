package co.factusapi.emulator.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.emulator.EmulatorTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /v2/dian/acquirer} (v2 contract §10.4): v1's DIAN test people, asked by DIAN document code. */
class V2AcquirerTest extends EmulatorTestSupport {

    @Test
    void dianTestPeopleAnswerAsInV1() {
        Reply found = get("/v2/dian/acquirer?identification_document_code=13&identification_number=1399995");
        Reply nit = get("/v2/dian/acquirer?identification_document_code=31&identification_number=3199991");
        Reply v1 = get("/v1/dian/acquirer?identification_document_id=3&identification_number=1399995");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("status").asString()).isEqualTo("OK");
        assertThat(found.body().get("message").asString()).isEqualTo("Solicitud exitosa");
        JsonNode data = found.body().get("data");
        assertThat(data.get("name").asString()).isEqualTo("Nombre Cédula de ciudadanía 5");
        assertThat(data.get("email").asString()).isEqualTo("adquiriente1399995@factus-emulator.local");
        assertThat(data).isEqualTo(v1.body().get("data"));
        assertThat(nit.body().get("data").get("name").asString()).isEqualTo("Nombre NIT 1");
    }

    @Test
    void unknownPeopleAndAMismatchedCodeAre404AndMissingOrUnknownParametersA422() {
        Reply unknown = get("/v2/dian/acquirer?identification_document_code=13&identification_number=42");
        Reply mismatched = get("/v2/dian/acquirer?identification_document_code=31&identification_number=1399995");
        Reply missing = get("/v2/dian/acquirer");
        Reply v1Parameter = get("/v2/dian/acquirer?identification_document_id=3&identification_number=1399995");
        Reply badCode = get("/v2/dian/acquirer?identification_document_code=3&identification_number=1399995");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("status").asString()).isEqualTo("Not Found");
        assertThat(mismatched.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(422);
        JsonNode errors = missing.body().get("data").get("errors");
        assertThat(errors.has("identification_document_code")).isTrue();
        assertThat(errors.has("identification_number")).isTrue();
        assertThat(v1Parameter.status()).isEqualTo(422);
        assertThat(badCode.status()).isEqualTo(422);
        assertThat(badCode.body().get("data").get("errors").get("identification_document_code").get(0).asString())
                .isEqualTo("El campo identification_document_code es inválido.");
    }
}
