package co.factusapi.emulator.supportdocs;

import co.factusapi.emulator.catalog.NumberingRanges;
import co.factusapi.emulator.document.DocumentFields;
import co.factusapi.emulator.document.FieldReader;
import co.factusapi.emulator.document.PaymentDetail;
import co.factusapi.emulator.document.V2Fields;
import co.factusapi.emulator.document.V2Item;
import co.factusapi.emulator.document.V2Totals;
import co.factusapi.emulator.http.ApiException;
import co.factusapi.emulator.http.ApiResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Validation of a {@code POST /v2/support-documents/validate} body (v2 contract §7.3), every error at once as a Laravel
 * 422 keyed by v2 field paths: a range with document 24, the v2 provider, items with net prices whose optional
 * {@code taxes[]} take only 01 IVA, {@code payment_details[]} and {@code cash_rounding_amount}.
 *
 * <p>§14 Q7: the docs' example pays the net base without its IVA; the emulator keeps the rule every bill example
 * satisfies, Σ payments = total (IVA included) + cash rounding, which is also what the adapter is told to send. The docs'
 * own example therefore gets a 422 here (the safest reading: a payload Factus might refuse never passes).
 */
final class V2SupportDocumentValidator {
    static final Set<String> TAX_CODES = Set.of("01");

    private final NumberingRanges ranges;

    V2SupportDocumentValidator(NumberingRanges ranges) {
        this.ranges = ranges;
    }

    record Validated(V2SupportDocumentDraft draft, V2Totals totals) {
    }

    Validated validate(JsonNode body) {
        FieldReader in = new FieldReader();
        int rangeId = DocumentFields.numberingRange(in, body, ranges, NumberingRanges.SUPPORT_DOCUMENT);
        String reference = in.text(body, "reference_code", "reference_code", true);
        String observation = DocumentFields.observation(in, body);
        V2Fields.establishment(in, body.get("establishment"));
        V2Provider provider = V2ProviderFields.provider(in, body.get("provider"));
        List<V2Item> items = V2Fields.items(in, body.get("items"), TAX_CODES, false);
        BigDecimal cashRounding = V2Fields.cashRounding(in, body);
        List<PaymentDetail> payments = V2Fields.payments(in, body.get("payment_details"));
        if (in.hasErrors()) {
            throw new ApiException(ApiResponse.validationError(in.errors()));
        }
        V2Totals totals = V2Totals.of(items, List.of());
        V2Fields.checkPaymentsAddUp(in, payments, cashRounding, totals.totals().total(), "documento soporte");
        if (in.hasErrors()) {
            throw new ApiException(ApiResponse.validationError(in.errors()));
        }
        return new Validated(new V2SupportDocumentDraft(rangeId, reference, observation, payments, cashRounding,
                DocumentFields.object(body.get("establishment")), provider, items), totals);
    }
}
