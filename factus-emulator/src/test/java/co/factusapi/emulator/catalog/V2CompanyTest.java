package co.factusapi.emulator.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.emulator.EmulatorTestSupport;
import co.factusapi.emulator.http.Json;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET|PUT /v2/companies}, {@code POST /v2/companies/logo} (v2 contract §10.2) over v1's company. */
class V2CompanyTest extends EmulatorTestSupport {

    @Test
    void showIsTheV1CompanyOfTheAccount() {
        Reply reply = get("/v2/companies");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("message").asString()).isEqualTo("Solicitud exitosa");
        JsonNode company = reply.body().get("data");
        assertThat(company).isEqualTo(get("/v1/company").body().get("data"));
        assertThat(company.get("nit").asString()).isEqualTo("901724254");
        assertThat(company.get("legal_organization").get("code").asString()).isEqualTo("1");
        assertThat(company.get("municipality").get("code").asString()).isEqualTo("68679");
        assertThat(company.get("responsibilities").get(0).get("code").asString()).isEqualTo("R-99-PN");
    }

    @Test
    void updateTakesTheDocumentedBodyAndIsSeenThroughV1() {
        Reply updated = put("/v2/companies", Json.obj("legal_organization_code", "2", "names", "Ana",
                "surnames", "Pérez", "trade_name", "Tienda Ana", "economic_activity", "4711",
                "tribute_code", "ZZ", "municipality_code", "11001", "responsibilities", "O-47",
                "email", "ana@example.com"));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().get("message").asString()).isEqualTo("Empresa actualizada con éxito");
        JsonNode v1 = get("/v1/company").body().get("data");
        assertThat(v1).isEqualTo(updated.body().get("data"));
        assertThat(v1.get("company").isNull()).isTrue();
        assertThat(v1.get("names").asString()).isEqualTo("Ana");
        assertThat(v1.get("graphic_representation_name").asString()).isEqualTo("Ana Pérez");
        assertThat(v1.get("legal_organization").get("code").asString()).isEqualTo("2");
        assertThat(v1.get("tribute").get("code").asString()).isEqualTo("ZZ");
        assertThat(v1.get("municipality").get("code").asString()).isEqualTo("11001");
        assertThat(v1.get("responsibilities").get(0).get("code").asString()).isEqualTo("O-47");
        assertThat(v1.get("economic_activity").asString()).isEqualTo("4711");
        assertThat(v1.get("nit").asString()).isEqualTo("901724254");
    }

    @Test
    void updateIsValidatedLaravelStyle() {
        Reply empty = put("/v2/companies", Json.obj());
        Reply juridicalWithoutName = put("/v2/companies", Json.obj("legal_organization_code", "1",
                "municipality_code", "68679"));
        Reply naturalWithoutNames = put("/v2/companies", Json.obj("legal_organization_code", "2",
                "municipality_code", "68679"));
        Reply badCodes = put("/v2/companies", Json.obj("legal_organization_code", "1", "company", "X S.A.S.",
                "municipality_code", "00000", "tribute_code", "18", "responsibilities", List.of("O-13"),
                "email", "nope"));

        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body().get("data").get("errors").has("legal_organization_code")).isTrue();
        assertThat(empty.body().get("data").get("errors").has("municipality_code")).isTrue();
        assertThat(juridicalWithoutName.body().get("data").get("errors").has("company")).isTrue();
        JsonNode natural = naturalWithoutNames.body().get("data").get("errors");
        assertThat(natural.has("names")).isTrue();
        assertThat(natural.has("surnames")).isTrue();
        JsonNode bad = badCodes.body().get("data").get("errors");
        assertThat(bad.has("municipality_code")).isTrue();
        assertThat(bad.has("tribute_code")).isTrue();
        assertThat(bad.get("responsibilities").get(0).asString()).isEqualTo("El campo responsibilities debe ser una cadena.");
        assertThat(bad.has("email")).isTrue();
        assertThat(get("/v2/companies").body().get("data").get("company").asString()).isEqualTo("FACTUS S.A.S.");
    }

    @Test
    void logoTakesPngOrJpegButNotSvgAndShowsInBothVersions() {
        String png = imagePart("image/png");

        Reply reply = send(multipart().POST(HttpRequest.BodyPublishers.ofString(png, StandardCharsets.ISO_8859_1)));
        Reply svg = send(multipart().POST(HttpRequest.BodyPublishers.ofString(imagePart("image/svg+xml"),
                StandardCharsets.ISO_8859_1)));
        Reply json = put("/v2/companies/logo", Json.obj("image", "x"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("message").asString()).isEqualTo("Logo actualizado con éxito");
        String url = reply.body().get("data").get("url_log").asString();
        assertThat(url).endsWith("/storage/images/logos/901724254.png");
        assertThat(get("/v2/companies").body().get("data").get("url_logo").asString()).isEqualTo(url);
        assertThat(get("/v1/company").body().get("data").get("url_logo").asString()).isEqualTo(url);
        assertThat(svg.status()).isEqualTo(422);
        assertThat(svg.body().get("data").get("errors").get("image").get(0).asString())
                .isEqualTo("El campo imagen debe ser un archivo de tipo: png, jpg, jpeg.");
        assertThat(json.status()).isEqualTo(404);
    }

    private static String imagePart(String contentType) {
        return "--XyZ\r\nContent-Disposition: form-data; name=\"image\"; filename=\"logo\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n\u0089PNG\r\n--XyZ--\r\n";
    }

    private HttpRequest.Builder multipart() {
        return HttpRequest.newBuilder(uri("/v2/companies/logo")).header("Authorization", "Bearer " + token())
                .header("Content-Type", "multipart/form-data; boundary=XyZ");
    }
}
