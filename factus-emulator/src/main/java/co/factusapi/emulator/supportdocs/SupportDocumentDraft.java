package co.factusapi.emulator.supportdocs;

import co.factusapi.emulator.document.Item;
import java.util.List;

/** A validated {@code POST /v1/support-documents/validate} body (docs/factus-upstream.md §6). */
public record SupportDocumentDraft(int numberingRangeId, String referenceCode, String paymentMethodCode,
        String observation, Provider provider, List<Item> items) implements SupportDocumentRequest {

    public SupportDocumentDraft {
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
