package co.factusapi.emulator.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.emulator.EmulatorTestSupport;
import co.factusapi.emulator.http.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /v2/numbering-ranges} (v2 contract §10.1) over the same per-account store as v1. */
class V2NumberingRangesTest extends EmulatorTestSupport {

    @Test
    void listHasDocumentNamesAndOneZeroFlagsAndShowHasCodesAndTimestamps() {
        Reply list = get("/v2/numbering-ranges");
        JsonNode onlySupport = get("/v2/numbering-ranges?filter[document]=24").body().get("data").get("data");
        JsonNode small = get("/v2/numbering-ranges?filter[per_page]=2&page=2").body().get("data");
        Reply shown = get("/v2/numbering-ranges/8");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("status").asString()).isEqualTo("OK");
        JsonNode page = list.body().get("data");
        assertThat(page.get("pagination").get("total").asInt()).isEqualTo(5);
        JsonNode sales = page.get("data").get(1);
        assertThat(sales.get("id").asInt()).isEqualTo(8);
        assertThat(sales.get("document").asString()).isEqualTo("Factura de Venta");
        assertThat(sales.get("current").asLong()).isEqualTo(990000001L);
        assertThat(sales.get("from").isIntegralNumber()).isTrue();
        assertThat(sales.get("is_active").asInt()).isEqualTo(1);
        assertThat(sales.get("is_expired").isInt()).isTrue();
        assertThat(sales.get("is_expired").asInt()).isZero();
        assertThat(sales.has("created_at")).isFalse();
        assertThat(sales.get("start_date").asString()).isEqualTo("19-01-2019");
        assertThat(onlySupport).hasSize(1);
        assertThat(onlySupport.get(0).get("prefix").asString()).isEqualTo("SEDS");
        assertThat(small.get("data")).hasSize(2);
        assertThat(small.get("pagination").get("last_page").asInt()).isEqualTo(3);
        JsonNode show = shown.body().get("data");
        assertThat(show.get("document").asString()).isEqualTo("21");
        assertThat(show.get("document_name").asString()).isEqualTo("Factura de Venta");
        assertThat(show.get("technical_key").asString()).isEqualTo(
                "fc8eac422eba16e22ffd8c6f94b3f40a6e38162c");
        assertThat(show.get("created_at").asString()).isEqualTo("01-06-2023 03:00:38 AM");
        assertThat(show.get("is_expired").asInt()).isZero();
        assertThat(get("/v2/numbering-ranges/77").status()).isEqualTo(404);
        assertThat(get("/v2/numbering-ranges/x").status()).isEqualTo(404);
    }

    @Test
    void dianListsTheSoftwareAuthorisationWithIntegerBounds() {
        JsonNode dian = get("/v2/numbering-ranges/dian").body().get("data");

        assertThat(dian).hasSize(1);
        assertThat(dian.get(0).get("prefix").asString()).isEqualTo("SETP");
        assertThat(dian.get(0).get("from").asLong()).isEqualTo(990000000L);
        assertThat(dian.get(0).get("from").isIntegralNumber()).isTrue();
        assertThat(dian.get(0).get("to").asLong()).isEqualTo(995000000L);
        assertThat(dian.get(0).get("resolution_number").asString()).isEqualTo("18760000001");
        assertThat(dian.get(0).get("start_date").asString()).isEqualTo("19-01-2019");
        assertThat(dian.get(0).get("end_date").asString()).isEqualTo("19-01-2030");
        assertThat(dian.get(0).has("id")).isFalse();
        assertThat(get("/v1/numbering-ranges/dian").body().get("data").get(0).get("from").asString())
                .isEqualTo("990000000");
    }

    @Test
    void aRangeCreatedThroughV2IsSeenMovedAndDeletedThroughV1AndBack() {
        Reply created = post("/v2/numbering-ranges", Json.obj("document", "22", "prefix", "nc2", "current", 1));
        int id = created.body().get("data").get("id").asInt();
        JsonNode viaV1 = get("/v1/numbering-ranges/" + id).body().get("data");
        Reply moved = patch("/v2/numbering-ranges/" + id + "/current", Json.obj("current", 50));
        long currentViaV1 = get("/v1/numbering-ranges/" + id).body().get("data").get("current").asLong();
        patch("/v1/numbering-ranges/" + id + "/current", Json.obj("current", 60));
        long currentViaV2 = get("/v2/numbering-ranges/" + id).body().get("data").get("current").asLong();
        Reply deleted = delete("/v2/numbering-ranges/" + id);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("status").asString()).isEqualTo("Created");
        assertThat(created.body().get("message").asString()).isEqualTo("Rango de numeración creado con éxito");
        assertThat(created.body().get("data").get("document").asString()).isEqualTo("22");
        assertThat(created.body().get("data").get("prefix").asString()).isEqualTo("NC2");
        assertThat(viaV1.get("prefix").asString()).isEqualTo("NC2");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().get("message").asString()).isEqualTo("Rango de numeración actualizado con éxito");
        assertThat(moved.body().get("data").get("current").asLong()).isEqualTo(50L);
        assertThat(currentViaV1).isEqualTo(50L);
        assertThat(currentViaV2).isEqualTo(60L);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body().get("message").asString()).isEqualTo("Rango de numeración eliminado con éxito");
        assertThat(deleted.body().has("data")).isFalse();
        assertThat(get("/v1/numbering-ranges/" + id).status()).isEqualTo(404);
        assertThat(delete("/v2/numbering-ranges/" + id).status()).isEqualTo(404);
    }

    @Test
    void aRangeOfAnAuthorisedResolutionTakesItsSpanDatesAndKeyFromDian() {
        Reply created = post("/v2/numbering-ranges", Json.obj("document", "21", "prefix", "SETP",
                "resolution_number", "18760000001", "current", "994000000"));
        Reply outside = post("/v2/numbering-ranges", Json.obj("document", "21", "prefix", "SETP",
                "resolution_number", "18760000001", "current", 1));
        Reply other = post("/v2/numbering-ranges", Json.obj("document", "24", "prefix", "DS",
                "resolution_number", "18760000009", "current", 1));

        JsonNode range = created.body().get("data");
        assertThat(range.get("from").asLong()).isEqualTo(990000000L);
        assertThat(range.get("to").asLong()).isEqualTo(995000000L);
        assertThat(range.get("current").asLong()).isEqualTo(994000000L);
        assertThat(range.get("end_date").asString()).isEqualTo("19-01-2030");
        assertThat(range.get("technical_key").asString()).isEqualTo("fc8eac422eba16e22ffd8c6f94b3f40a6e38162c");
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.body().get("data").get("errors").get("current").get(0).asString())
                .contains("990000000");
        assertThat(other.status()).isEqualTo(201);
        assertThat(other.body().get("data").get("from").asLong()).isEqualTo(1L);
        assertThat(other.body().get("data").get("technical_key").isNull()).isTrue();
    }

    @Test
    void createIsValidatedLaravelStyle() {
        Reply empty = post("/v2/numbering-ranges", Json.obj());
        Reply bad = post("/v2/numbering-ranges", Json.obj("document", "26", "prefix", "TOOLONG", "current", "x"));
        Reply noResolution = post("/v2/numbering-ranges", Json.obj("document", "24", "prefix", "DS", "current", 1));
        Reply creditNoteWithout = post("/v2/numbering-ranges", Json.obj("document", "22", "prefix", "NC",
                "current", 1));

        assertThat(empty.status()).isEqualTo(422);
        JsonNode errors = empty.body().get("data").get("errors");
        assertThat(errors.has("document")).isTrue();
        assertThat(errors.has("prefix")).isTrue();
        assertThat(errors.has("current")).isTrue();
        JsonNode badErrors = bad.body().get("data").get("errors");
        assertThat(badErrors.get("document").get(0).asString()).isEqualTo("El campo documento es inválido.");
        assertThat(badErrors.get("prefix").get(0).asString())
                .isEqualTo("El campo prefijo no debe ser mayor que 4 caracteres.");
        assertThat(badErrors.has("current")).isTrue();
        assertThat(noResolution.status()).isEqualTo(422);
        assertThat(noResolution.body().get("data").get("errors").has("resolution_number")).isTrue();
        assertThat(creditNoteWithout.status()).isEqualTo(201);
        assertThat(patch("/v2/numbering-ranges/8/current", Json.obj("current", "abc")).status()).isEqualTo(422);
    }

    @Test
    void toggleStatusDeactivatesTheRangeForBothVersionsAndBack() {
        Reply off = patch("/v2/numbering-ranges/8/toggle-status", null);
        JsonNode inactiveList = get("/v2/numbering-ranges?filter[is_active]=0").body().get("data").get("data");
        Map<String, Object> withoutRange = new LinkedHashMap<>(bill("NO-RANGE"));
        withoutRange.remove("numbering_range_id");
        Reply refused = validate(bill("TOGGLED"));
        Reply on = patch("/v2/numbering-ranges/8/toggle-status", null);
        Reply accepted = validate(withoutRange);

        assertThat(off.status()).isEqualTo(200);
        assertThat(off.body().get("data").get("is_active").asInt()).isZero();
        assertThat(inactiveList).hasSize(1);
        assertThat(inactiveList.get(0).get("id").asInt()).isEqualTo(8);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("data").get("errors").has("numbering_range_id")).isTrue();
        assertThat(on.body().get("data").get("is_active").asInt()).isEqualTo(1);
        assertThat(get("/v1/numbering-ranges/8").body().get("data").get("is_active").asInt()).isEqualTo(1);
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(patch("/v2/numbering-ranges/77/toggle-status", null).status()).isEqualTo(404);
    }
}
