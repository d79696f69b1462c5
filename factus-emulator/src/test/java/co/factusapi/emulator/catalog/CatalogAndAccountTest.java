package co.factusapi.emulator.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.emulator.EmulatorTestSupport;
import co.factusapi.emulator.http.Json;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Reference data, numbering ranges, company and acquirer endpoints (docs/factus-upstream.md §8). */
class CatalogAndAccountTest extends EmulatorTestSupport {

    @Test
    void municipalitiesCarryFactusIdsAndFilterByName() {
        JsonNode all = get("/v1/municipalities").body().get("data");
        JsonNode sanGil = get("/v1/municipalities?name=san%20gil").body().get("data");
        JsonNode bogota = get("/v1/municipalities?name=bogota").body().get("data");

        assertThat(all.size()).isGreaterThanOrEqualTo(60);
        assertThat(sanGil).hasSize(1);
        assertThat(sanGil.get(0).get("id").asInt()).isEqualTo(980);
        assertThat(sanGil.get(0).get("code").asString()).isEqualTo("68679");
        assertThat(sanGil.get(0).get("department").asString()).isEqualTo("Santander");
        assertThat(get("/v1/municipalities?name=Villanueva").body().get("data").get(0).get("id").asInt()).isEqualTo(996);
        assertThat(bogota.get(0).get("code").asString()).isEqualTo("11001");
    }

    @Test
    void tributesUnitsAndCountries() {
        JsonNode tributes = get("/v1/tributes/products").body().get("data");
        JsonNode kilo = get("/v1/measurement-units?name=kilo").body().get("data");
        JsonNode colombia = get("/v1/countries?name=colombia").body().get("data");

        assertThat(tributes).hasSize(17);
        assertThat(tributes.get(3).get("code").asString()).isEqualTo("04");
        assertThat(tributes.get(3).get("name").asString()).isEqualTo("INC");
        assertThat(kilo.get(0).get("id").asInt()).isEqualTo(414);
        assertThat(kilo.get(0).get("code").asString()).isEqualTo("KGM");
        assertThat(get("/v1/measurement-units").body().get("data").findValuesAsString("code"))
                .contains("94", "LBR", "MLT", "MTR", "GLL");
        assertThat(colombia.get(0).get("id").asInt()).isEqualTo(46);
        assertThat(colombia.get(0).get("code").asString()).isEqualTo("CO");
    }

    @Test
    void numberingRangesListWithNamesAndShowWithCodes() {
        JsonNode list = get("/v1/numbering-ranges").body().get("data");
        JsonNode onlyCreditNotes = get("/v1/numbering-ranges?filter[document]=22").body().get("data").get("data");
        JsonNode shown = get("/v1/numbering-ranges/8").body().get("data");

        assertThat(list.get("pagination").get("total").asInt()).isEqualTo(5);
        assertThat(list.get("data").findValuesAsString("prefix")).containsExactly("ND", "SETP", "NC", "SEDS", "NA");
        assertThat(list.get("data").findValuesAsString("document")).containsExactly("Nota Débito", "Factura de Venta",
                "Nota Crédito", "Documento Soporte", "Nota de Ajuste Documento Soporte");
        JsonNode sales = list.get("data").get(1);
        assertThat(sales.get("id").asInt()).isEqualTo(8);
        assertThat(sales.get("document").asString()).isEqualTo("Factura de Venta");
        assertThat(sales.get("is_active").asInt()).isEqualTo(1);
        assertThat(sales.get("is_expired").isBoolean()).isTrue();
        assertThat(onlyCreditNotes).hasSize(1);
        assertThat(onlyCreditNotes.get(0).get("prefix").asString()).isEqualTo("NC");
        assertThat(shown.get("document").asString()).isEqualTo("21");
        assertThat(shown.get("document_name").asString()).isEqualTo("Factura de Venta");
        assertThat(shown.get("technical_key").asString()).isEqualTo("fc8eac422eba16e22ffd8c6f94b3f40a6e38162c");
        assertThat(shown.get("start_date").asString()).isEqualTo("19-01-2019");
        assertThat(get("/v1/numbering-ranges/77").status()).isEqualTo(404);
        assertThat(get("/v1/numbering-ranges?filter[technical_key]=fc8eac422eba16e22ffd8c6f94b3f40a6e38162c")
                .body().get("data").get("data")).hasSize(1);
    }

    @Test
    void numberingRangesCanBeCreatedMovedAndDeleted() {
        Reply created = post("/v1/numbering-ranges", Json.obj("document", "24", "prefix", "SEDS", "current", 984000000,
                "resolution_number", "18760000002"));
        int id = created.body().get("data").get("id").asInt();
        Reply patched = patch("/v1/numbering-ranges/" + id + "/current", Json.obj("current", 984000050));
        Reply viaPut = put("/v1/numbering-ranges/" + id, Json.obj("current", "984000060"));
        Reply invalid = post("/v1/numbering-ranges", Json.obj("document", "99", "prefix", "TOOLONG"));
        Reply deleted = delete("/v1/numbering-ranges/" + id);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("message").asString()).isEqualTo("Rango de numeración creado con éxito");
        assertThat(patched.body().get("data").get("current").asLong()).isEqualTo(984000050L);
        assertThat(viaPut.body().get("data").get("current").asLong()).isEqualTo(984000060L);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body().get("data").get("errors").has("prefix")).isTrue();
        assertThat(deleted.body().get("message").asString()).isEqualTo("Rango de numeración eliminado con éxito");
        assertThat(get("/v1/numbering-ranges/" + id).status()).isEqualTo(404);
    }

    @Test
    void secondActiveSalesRangeMakesTheRangeIdMandatory() {
        post("/v1/numbering-ranges", Json.obj("document", "21", "prefix", "FE", "current", 1,
                "resolution_number", "18760000003"));
        java.util.Map<String, Object> withoutRange = new java.util.LinkedHashMap<>(bill("NO-RANGE"));
        withoutRange.remove("numbering_range_id");

        Reply reply = validate(withoutRange);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().get("data").get("errors").get("numbering_range_id").get(0).asString())
                .isEqualTo("El campo id rango de numeración es obligatorio.");
    }

    @Test
    void softwareRangesUnderBothPaths() {
        JsonNode first = get("/v1/numbering-ranges/dian").body().get("data");
        JsonNode second = get("/v1/dian/numbering-ranges").body().get("data");

        assertThat(first.get(0).get("prefix").asString()).isEqualTo("SETP");
        assertThat(first.get(0).get("from").isString()).isTrue();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void companyCanBeReadAndUpdated() {
        JsonNode company = get("/v1/company").body().get("data");
        Reply updated = put("/v1/company", Json.obj("trade_name", "Factus Pruebas", "municipality_code", "11001"));

        assertThat(company.get("nit").asString()).isEqualTo("901724254");
        assertThat(company.get("dv").asString()).isEqualTo("1");
        assertThat(company.get("company").asString()).isEqualTo("FACTUS S.A.S.");
        assertThat(company.get("municipality").get("name").asString()).isEqualTo("San Gil");
        assertThat(updated.status()).isEqualTo(200);
        JsonNode after = get("/v1/company").body().get("data");
        assertThat(after.get("trade_name").asString()).isEqualTo("Factus Pruebas");
        assertThat(after.get("municipality").get("code").asString()).isEqualTo("11001");
        assertThat(put("/v1/company", Json.obj("municipality_code", "00000")).status()).isEqualTo(422);
    }

    @Test
    void logoUploadAnswersUrlLog() {
        String boundary = "XyZ";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"logo.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n\u0089PNG\r\n--" + boundary + "--\r\n";

        Reply reply = send(multipart(boundary).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1)));
        Reply wrongType = send(multipart(boundary).POST(HttpRequest.BodyPublishers.ofString(
                body.replace("image/png", "text/plain"), StandardCharsets.ISO_8859_1)));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("data").get("url_log").asString()).endsWith(".png");
        assertThat(get("/v1/company").body().get("data").get("url_logo").asString())
                .isEqualTo(reply.body().get("data").get("url_log").asString());
        assertThat(wrongType.status()).isEqualTo(422);
    }

    private HttpRequest.Builder multipart(String boundary) {
        return HttpRequest.newBuilder(uri("/v1/company/logo")).header("Authorization", "Bearer " + token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
    }

    @Test
    void acquirerLookupIsDeterministicForDianTestPeople() {
        Reply found = get("/v1/dian/acquirer?identification_document_id=3&identification_number=1399995");
        Reply again = get("/v1/dian/acquirer?identification_document_id=3&identification_number=1399995");
        Reply unknown = get("/v1/dian/acquirer?identification_document_id=3&identification_number=42");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("data").get("name").asString()).isEqualTo("Nombre Cédula de ciudadanía 5");
        assertThat(found.body().get("data").get("email").asString()).contains("@");
        assertThat(again.body()).isEqualTo(found.body());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(get("/v1/subscriptions/current").body().get("data").has("subscription_is_expired")).isTrue();
    }
}
