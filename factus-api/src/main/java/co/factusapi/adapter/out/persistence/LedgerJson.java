package co.factusapi.adapter.out.persistence;

import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.invoice.InvoiceRequest;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The ledger keeps the canonical request (to resend it after an unknown outcome) and the errors as JSON text. */
final class LedgerJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final TypeReference<List<FieldViolation>> VIOLATIONS = new TypeReference<>() {
    };

    private LedgerJson() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static InvoiceRequest readRequest(String json) {
        return MAPPER.readValue(json, InvoiceRequest.class);
    }

    static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    static List<FieldViolation> readErrors(String json) {
        return json == null || json.isBlank() ? List.of() : MAPPER.readValue(json, VIOLATIONS);
    }
}
