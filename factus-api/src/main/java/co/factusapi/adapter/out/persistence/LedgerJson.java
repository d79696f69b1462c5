package co.factusapi.adapter.out.persistence;

import co.factusapi.domain.adjustmentnote.AdjustmentNoteRequest;
import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.debitnote.DebitNoteRequest;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentRequest;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.domain.supportdocument.SupportDocumentRequest;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The ledger keeps each canonical request (to resend it after an unknown outcome) and the errors as JSON text. */
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

    static DocumentRequest readRequest(String json, DocumentKind kind) {
        Class<? extends DocumentRequest> type = switch (kind) {
            case INVOICE -> InvoiceRequest.class;
            case CREDIT_NOTE -> CreditNoteRequest.class;
            case DEBIT_NOTE -> DebitNoteRequest.class;
            case SUPPORT_DOCUMENT -> SupportDocumentRequest.class;
            case ADJUSTMENT_NOTE -> AdjustmentNoteRequest.class;
        };
        return MAPPER.readValue(json, type);
    }

    static List<FieldViolation> readErrors(String json) {
        return json == null || json.isBlank() ? List.of() : MAPPER.readValue(json, VIOLATIONS);
    }
}
