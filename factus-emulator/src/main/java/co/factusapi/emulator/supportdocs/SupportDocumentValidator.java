package co.factusapi.emulator.supportdocs;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.NumberingRanges;
import co.factusapi.emulator.document.DocumentFields;
import co.factusapi.emulator.document.FieldReader;
import co.factusapi.emulator.document.Item;
import co.factusapi.emulator.http.ApiException;
import co.factusapi.emulator.http.ApiResponse;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Validation of a support document (docs/factus-upstream.md §6), every error at once as a Laravel 422: a range with
 * document 24, the provider, items without tax fields.
 */
final class SupportDocumentValidator {
    private final NumberingRanges ranges;

    SupportDocumentValidator(NumberingRanges ranges) {
        this.ranges = ranges;
    }

    SupportDocumentDraft validate(JsonNode body) {
        FieldReader in = new FieldReader();
        int rangeId = DocumentFields.numberingRange(in, body, ranges, NumberingRanges.SUPPORT_DOCUMENT);
        String reference = in.text(body, "reference_code", "reference_code", true);
        String paymentMethod = in.stringCode(body, "payment_method_code", "payment_method_code",
                Catalog.PAYMENT_METHODS.keySet(), "10");
        String observation = DocumentFields.observation(in, body);
        // Not in the v1 field table (there is no e-mail endpoint for support documents); checked, then unused (D).
        in.flag(body, "send_email", "send_email", false);
        Provider provider = ProviderFields.provider(in, body);
        List<Item> items = DocumentFields.untaxedItems(in, body.get("items"));
        if (in.hasErrors()) {
            throw new ApiException(ApiResponse.validationError(in.errors()));
        }
        return new SupportDocumentDraft(rangeId, reference, paymentMethod, observation, provider, items);
    }
}
