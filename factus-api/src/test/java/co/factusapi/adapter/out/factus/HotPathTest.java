package co.factusapi.adapter.out.factus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.domain.error.FactusApiException;
import co.factusapi.testsupport.InvoiceJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the JMH benchmark measures does the real work: a complete Factus body, and a refusal of a bad request. */
class HotPathTest {
    private static HotPath path;

    @BeforeAll
    static void start() {
        path = HotPath.start();
    }

    @AfterAll
    static void stop() {
        path.close();
    }

    @Test
    void theHotPathMapsTheWalkThroughInvoiceToAFactusBody() {
        JsonNode body = JsonMapper.builder().build().readTree(path.issue(bytes("HOT-1", "1137624282")));

        assertThat(body.path("reference_code").asString()).isEqualTo("HOT-1");
        assertThat(body.path("numbering_range_id").asLong()).isPositive();
        assertThat(body.path("customer").path("identification").asString()).isEqualTo("1137624282");
        assertThat(body.path("customer").path("municipality_id").asLong()).isPositive();
        assertThat(body.path("items")).hasSize(1);
        assertThat(body.path("items").get(0).path("unit_measure_id").asLong()).isPositive();
    }

    @Test
    void theHotPathValidates() {
        assertThatThrownBy(() -> path.issue(bytes("", "1137624282"))).isInstanceOf(FactusApiException.class);
    }

    private static byte[] bytes(String reference, String identification) {
        return InvoiceJson.body(reference, identification, "CC", null).getBytes(StandardCharsets.UTF_8);
    }
}
