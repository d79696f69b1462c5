package co.factusapi.adapter.out.factus;

import co.factusapi.domain.adjustmentnote.AdjustmentNoteRequest;
import co.factusapi.domain.numbering.RangeDocument;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /v2/adjustment-notes/validate} (docs/factus-upstream.md §15; contract §7.4): the corrected
 * support document by its <b>number</b> ({@code support_document_number}, v1 sent Factus's internal
 * {@code support_document_id}), the DIAN correction concept (1–5, the same codes as ours), and the lines as support
 * documents send them ({@link FactusV2SupportDocumentPayload#items}).
 *
 * <p>Choices where the contract leaves a question open (§14):
 * <ul>
 * <li>§7.4 lists {@code provider{…}} among the request fields without saying it may be left out (credit notes say
 * so of their customer; adjustment notes do not). Sending it is harmless, leaving out a required field is not: the
 * provider is copied from the support document as {@code GET /v2/support-documents/{number}} shows it (the V2EX
 * shape: {@code identification_document{code}}, {@code legal_organization{code}}, {@code municipality{code}}), with
 * country "CO" when the answer names a municipality but no country. An answer with no provider sends none.</li>
 * <li>The payment takes the support document's form and method ({@link FactusV2Payments}), read from the same show
 * answer; {@code cash_rounding_amount} is always sent, as on bills (§7.4 lists it).</li>
 * </ul>
 */
final class FactusV2AdjustmentNotePayload {
    private static final String COLOMBIA = "CO";
    private final BiFunction<RangeDocument, String, Long> rangeIds;
    private final Function<String, JsonNode> supportDocuments;

    /**
     * {@code rangeIds}: the account's range id for a document and prefix; {@code supportDocuments}: the {@code data}
     * of {@code GET /v2/support-documents/{number}}.
     */
    FactusV2AdjustmentNotePayload(BiFunction<RangeDocument, String, Long> rangeIds,
                                  Function<String, JsonNode> supportDocuments) {
        this.rangeIds = rangeIds;
        this.supportDocuments = supportDocuments;
    }

    Map<String, Object> of(AdjustmentNoteRequest request) {
        FactusV2SupportDocumentPayload.requireSupportVocabulary(request.items());
        FactusV2Amounts.Bill amounts = FactusV2Amounts.of(request.items(), BigDecimal.ZERO);
        JsonNode supportDocument = supportDocuments.apply(request.supportDocumentNumber());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference_code", request.referenceCode());
        body.put("numbering_range_id", rangeIds.apply(RangeDocument.SUPPORT_DOCUMENT_ADJUSTMENT,
                request.numberingRangePrefix()));
        body.put("support_document_number", request.supportDocumentNumber());
        body.put("correction_concept_code", request.correctionConcept().dianCode());
        FactusBillPayload.putIfPresent(body, "observation", request.observation());
        body.put("payment_details", List.of(FactusV2Payments.of(supportDocument, amounts.payable())));
        body.put("cash_rounding_amount", FactusV2BillPayload.text(amounts.cashRounding()));
        FactusBillPayload.putIfPresent(body, "provider", provider(supportDocument.path("provider")));
        body.put("items", FactusV2SupportDocumentPayload.items(amounts));
        return body;
    }

    /** The provider of the support document's answer in request form, or null when the answer has none. */
    static Map<String, Object> provider(JsonNode provider) {
        String identification = FactusValues.text(provider, "identification");
        if (identification == null) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        FactusBillPayload.putIfPresent(body, "identification_document_code",
                code(provider, "identification_document"));
        body.put("identification", identification);
        FactusBillPayload.putIfPresent(body, "dv", FactusValues.text(provider, "dv"));
        FactusBillPayload.putIfPresent(body, "names", FactusValues.text(provider, "names"));
        FactusBillPayload.putIfPresent(body, "trade_name", FactusValues.text(provider, "trade_name"));
        FactusBillPayload.putIfPresent(body, "address", FactusValues.text(provider, "address"));
        String municipality = code(provider, "municipality");
        String country = code(provider, "country");
        FactusBillPayload.putIfPresent(body, "country_code",
                country != null ? country : municipality != null ? COLOMBIA : null);
        FactusBillPayload.putIfPresent(body, "municipality_code", municipality);
        FactusBillPayload.putIfPresent(body, "email", FactusValues.text(provider, "email"));
        FactusBillPayload.putIfPresent(body, "phone", FactusValues.text(provider, "phone"));
        FactusBillPayload.putIfPresent(body, "legal_organization_code", code(provider, "legal_organization"));
        return body;
    }

    /** {@code {code, name}} as v2 answers write it, or a bare code ({@code <field>_code} or {@code <field>}). */
    private static String code(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isObject()) {
            return FactusValues.text(value, "code");
        }
        String bare = FactusValues.text(node, field + "_code");
        return bare != null ? bare : FactusValues.text(node, field);
    }
}
