package co.factusapi.emulator.adjustmentnotes;

import co.factusapi.emulator.document.DocumentDraft;
import co.factusapi.emulator.document.Item;
import co.factusapi.emulator.supportdocs.Provider;
import java.util.List;

/** A validated {@code POST /v1/adjustment-notes/validate} body (docs/factus-upstream.md §7). */
public record AdjustmentNoteDraft(int numberingRangeId, String referenceCode, long supportDocumentId,
        String correctionConceptCode, String paymentMethodCode, String observation, Provider provider,
        List<Item> items) implements DocumentDraft {

    public AdjustmentNoteDraft {
        items = List.copyOf(items);
    }
}
