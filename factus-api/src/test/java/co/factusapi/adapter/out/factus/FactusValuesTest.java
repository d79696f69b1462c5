package co.factusapi.adapter.out.factus;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.domain.numbering.NumberingRange;
import co.factusapi.domain.numbering.RangeDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Harmless Factus variations are read, not turned into 500s as the original did (the original service failed on them). */
class FactusValuesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aListRangeWithNumbersAsStringsAndTheDocumentName() {
        NumberingRange range = FactusNumberingRangeGateway.range(JSON.readTree("""
                {"id":"12","document":"Nota Crédito","prefix":"NC","from":"1","to":"1000","current":"7",
                 "start_date":"19-01-2019","end_date":"2030-01-19","is_active":"1","is_expired":0}"""));
        assertThat(range).isEqualTo(new NumberingRange(12, RangeDocument.CREDIT_NOTE, "NC", 1L, 1000L, 7L, null,
                LocalDate.of(2019, 1, 19), LocalDate.of(2030, 1, 19), null, true, false));
    }

    @Test
    void aShowRangeWithTheDocumentCodeAndUnreadableValues() {
        NumberingRange range = FactusNumberingRangeGateway.range(JSON.readTree("""
                {"id":8,"document":"21","prefix":"SETP","from":null,"current":"n/a","start_date":"soon",
                 "is_active":true,"is_expired":false}"""));
        assertThat(range.document()).isEqualTo(RangeDocument.SALES_INVOICE);
        assertThat(range.from()).isNull();
        assertThat(range.current()).isNull();
        assertThat(range.startDate()).isNull();
        assertThat(range.active()).isTrue();
    }

    @Test
    void listsComeFlatOrPaginated() {
        FactusResponse flat = new FactusResponse(200, null, JSON.readTree("{\"data\":[{\"code\":\"94\"}]}"));
        FactusResponse paginated = new FactusResponse(200, null,
                JSON.readTree("{\"data\":{\"data\":[{\"code\":\"94\"}],\"pagination\":{\"last_page\":1}}}"));
        assertThat(flat.dataItems()).isEqualTo(paginated.dataItems());
        assertThat(FactusReferenceData.department(JSON.readTree("{\"code\":\"68\",\"name\":\"Santander\"}")))
                .isEqualTo(FactusReferenceData.department(JSON.readTree("\"Santander\"")));
    }
}
