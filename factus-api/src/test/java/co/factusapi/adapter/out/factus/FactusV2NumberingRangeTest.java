package co.factusapi.adapter.out.factus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.numbering.NewNumberingRange;
import co.factusapi.domain.numbering.NumberingRange;
import co.factusapi.domain.numbering.RangeDocument;
import co.factusapi.domain.numbering.RangeFilter;
import co.factusapi.domain.numbering.SoftwareRange;
import co.factusapi.domain.tenant.ApiVersion;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Numbering ranges of a v2 account (contract §10.1) and how the invoice flow finds a prefix's range id there. */
class FactusV2NumberingRangeTest {
    /** A list page: {@code document} is the NAME, flags 1/0, dates DD-MM-YYYY (§1.4, §10.1). */
    static final String LIST = """
            {"status": "OK", "message": "Solicitud exitosa", "data": {"data": [
              {"id": 8, "document": "Factura de Venta", "prefix": "SETP", "from": 990000000, "to": 995000000,
               "current": 990000204, "resolution_number": "18760000001", "start_date": "19-01-2019",
               "end_date": "19-01-2030", "technical_key": "fc8eac422eba16e22ffd8c6f94b3f40a6e38162c",
               "is_expired": 0, "is_active": 1},
              {"id": 12, "document": "Factura de Venta", "prefix": "OLD", "from": 1, "to": 10, "current": 11,
               "resolution_number": "18760000002", "start_date": "01-01-2020", "end_date": "01-01-2021",
               "technical_key": null, "is_expired": true, "is_active": true},
              {"id": 9, "document": "Nota Crédito", "prefix": "NC", "from": 1, "to": 99999999, "current": 1,
               "resolution_number": null, "start_date": null, "end_date": null, "technical_key": null,
               "is_expired": false, "is_active": true}],
              "pagination": {"total": 3, "per_page": 10, "current_page": 1, "last_page": 1, "from": 1, "to": 3,
               "links": []}}}""";

    /** A show answer: {@code document} the CODE plus {@code document_name}, timestamps. */
    static final String SHOW = """
            {"status": "OK", "message": "Solicitud exitosa", "data": {"id": 148, "document": "24",
              "document_name": "Documento Soporte", "prefix": "SEDS", "from": 984000000, "to": 985000000,
              "current": 984000022, "resolution_number": "18760000009", "start_date": "01-02-2026",
              "end_date": "01-02-2027", "technical_key": null, "is_expired": 0, "is_active": 1,
              "created_at": "06-05-2026 11:44:12 AM", "updated_at": "06-05-2026 11:44:12 AM"}}""";

    private static final NumberingRange SEDS = new NumberingRange(148, RangeDocument.SUPPORT_DOCUMENT, "SEDS",
            984000000L, 985000000L, 984000022L, "18760000009", LocalDate.parse("2026-02-01"),
            LocalDate.parse("2027-02-01"), null, true, false);

    private static JsonNode json(String text) {
        return FactusV2BillPayloadTest.JSON.readTree(text);
    }

    @Test
    void listAndShowItemsAreReadWithTheirDocumentAsNameOrCodeAndFlagsAsNumbersOrBooleans() {
        NumberingRange setp = FactusNumberingRangeGateway.range(json(LIST).path("data").path("data").get(0));
        assertThat(setp).isEqualTo(new NumberingRange(8, RangeDocument.SALES_INVOICE, "SETP", 990000000L, 995000000L,
                990000204L, "18760000001", LocalDate.parse("2019-01-19"), LocalDate.parse("2030-01-19"),
                "fc8eac422eba16e22ffd8c6f94b3f40a6e38162c", true, false));
        NumberingRange old = FactusNumberingRangeGateway.range(json(LIST).path("data").path("data").get(1));
        assertThat(old.expired()).isTrue();
        assertThat(FactusNumberingRangeGateway.range(json(SHOW).path("data"))).isEqualTo(SEDS);
        assertThat(FactusNumberingRangeGateway.document(json("{\"document\": \"x\", \"document_name\": \"Nota Débito\"}")))
                .isEqualTo(RangeDocument.DEBIT_NOTE);
        assertThat(FactusNumberingRangeGateway.document(json("{\"document\": {\"code\": \"25\", \"name\": \"?\"}}")))
                .isEqualTo(RangeDocument.SUPPORT_DOCUMENT_ADJUSTMENT);
    }

    @Test
    void theCreateBodiesAreTheContractsExamples() {
        assertThat(json(FactusV2BillPayloadTest.JSON.writeValueAsString(FactusNumberingRangeGateway.body(
                new NewNumberingRange(RangeDocument.SALES_INVOICE, "SETP", 984000000L, "18760000009")))))
                .isEqualTo(json("{\"document\":\"21\",\"prefix\":\"SETP\",\"resolution_number\":\"18760000009\","
                        + "\"current\":984000000}"));
        assertThat(json(FactusV2BillPayloadTest.JSON.writeValueAsString(FactusNumberingRangeGateway.body(
                new NewNumberingRange(RangeDocument.CREDIT_NOTE, "NC", 1L, null)))))
                .isEqualTo(json("{\"document\":\"22\",\"prefix\":\"NC\",\"current\":1}"));
        assertThat(json(FactusV2BillPayloadTest.JSON.writeValueAsString(FactusNumberingRangeGateway.body(
                new NewNumberingRange(RangeDocument.SUPPORT_DOCUMENT, "DS", 1L, "18760000009")))))
                .isEqualTo(json("{\"document\":\"24\",\"prefix\":\"DS\",\"resolution_number\":\"18760000009\","
                        + "\"current\":1}"));
    }

    @Test
    void aV2TenantsRangesTravelThroughV2NumberingRanges() throws Exception {
        try (StubFactus factus = new StubFactus().answer("GET /v2/numbering-ranges", 200, LIST)
                .answer("GET /v2/numbering-ranges/148", 200, SHOW)
                .answer("POST /v2/numbering-ranges", 201, SHOW)
                .answer("PATCH /v2/numbering-ranges/148/current", 200, SHOW)
                .answer("DELETE /v2/numbering-ranges/148", 200,
                        "{\"status\":\"OK\",\"message\":\"Rango de numeración eliminado con éxito\"}")
                .answer("GET /v2/numbering-ranges/dian", 200, """
                        {"status": "OK", "data": [{"prefix": "SETP", "from": 990000000, "to": 995000000,
                          "resolution_number": "18760000001", "start_date": "19-01-2019", "end_date": "19-01-2030",
                          "technical_key": "fc8e"}]}""");
             FactusAdapterFactory v2 = factus.adapter(ApiVersion.V2)) {
            assertThat(v2.numberingRanges().list(new RangeFilter(null, RangeDocument.SALES_INVOICE, null, null, true)))
                    .extracting(NumberingRange::id).containsExactly(8L, 12L, 9L);
            assertThat(v2.numberingRanges().get(148)).isEqualTo(SEDS);
            assertThat(v2.numberingRanges().create(
                    new NewNumberingRange(RangeDocument.SUPPORT_DOCUMENT, "DS", 1L, "18760000009"))).isEqualTo(SEDS);
            assertThat(v2.numberingRanges().updateCurrent(148, 984000022L)).isEqualTo(SEDS);
            v2.numberingRanges().delete(148);
            assertThat(v2.numberingRanges().software()).containsExactly(new SoftwareRange("18760000001", "SETP",
                    990000000L, 995000000L, LocalDate.parse("2019-01-19"), LocalDate.parse("2030-01-19"), "fc8e"));
            assertThatThrownBy(() -> v2.numberingRanges().get(7)).isInstanceOf(NotFoundException.class);

            assertThat(factus.lines()).containsExactly(
                    "GET /v2/numbering-ranges?filter[document]=21&filter[is_active]=1&page=1",
                    "GET /v2/numbering-ranges/148", "POST /v2/numbering-ranges",
                    "PATCH /v2/numbering-ranges/148/current", "DELETE /v2/numbering-ranges/148",
                    "GET /v2/numbering-ranges/dian", "GET /v2/numbering-ranges/7");
            assertThat(json(factus.calls.get(3).body())).isEqualTo(json("{\"current\": 984000022}"));
        }
    }

    @Test
    void onV2ThePrefixsRangeIdComesFromTheListOfThatDocumentsActiveRanges() throws Exception {
        try (StubFactus factus = new StubFactus().answer("GET /v2/numbering-ranges", 200, LIST);
             FactusAdapterFactory v2 = factus.adapter(ApiVersion.V2)) {
            assertThat(v2.catalog().rangeId(RangeDocument.SALES_INVOICE, "setp")).isEqualTo(8L);
            assertThat(v2.catalog().rangeId(RangeDocument.SALES_INVOICE, null)).isEqualTo(8L);
            assertThat(v2.catalog().rangeId(RangeDocument.CREDIT_NOTE, "NC")).isEqualTo(9L);
            assertThatThrownBy(() -> v2.catalog().rangeId(RangeDocument.SALES_INVOICE, "OLD"))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                            .extracting(FieldViolation::message).singleElement().asString()
                            .startsWith("no active numbering range"));

            assertThat(factus.lines()).containsExactly(
                    "GET /v2/numbering-ranges?filter[is_active]=1&filter[document]=21&page=1",
                    "GET /v2/numbering-ranges?filter[is_active]=1&filter[document]=22&page=1");
        }
    }
}
