package co.factusapi.emulator.supportdocs;

import co.factusapi.emulator.document.DocumentDraft;
import co.factusapi.emulator.document.Item;
import java.util.List;

/** A validated {@code POST /v1/support-documents/validate} body (docs/factus-upstream.md §6). */
public record SupportDocumentDraft(int numberingRangeId, String referenceCode, String paymentMethodCode,
        String observation, Provider provider, List<Item> items) implements DocumentDraft {

    public SupportDocumentDraft {
        items = List.copyOf(items);
    }
}
