package co.factusapi.emulator.adjustmentnotes;

import co.factusapi.emulator.document.Item;
import co.factusapi.emulator.supportdocs.Provider;
import co.factusapi.emulator.supportdocs.V2Provider;
import java.util.List;

/** A validated {@code POST /v1/adjustment-notes/validate} body (docs/factus-upstream.md §7). */
public record AdjustmentNoteDraft(int numberingRangeId, String referenceCode, long supportDocumentId,
        String correctionConceptCode, String paymentMethodCode, String observation, Provider provider,
        List<Item> items) implements AdjustmentNoteRequest {

    public AdjustmentNoteDraft {
        items = List.copyOf(items);
    }

    @Override
    public Provider v1Provider() {
        return provider;
    }

    @Override
    public V2Provider v2Provider() {
        return V2Provider.of(provider);
    }
}
