package co.factusapi.emulator.adjustmentnotes;

import co.factusapi.emulator.document.PaymentDetail;
import co.factusapi.emulator.document.V2Item;
import co.factusapi.emulator.supportdocs.Provider;
import co.factusapi.emulator.supportdocs.V2Provider;
import java.math.BigDecimal;
import java.util.List;

/**
 * A validated {@code POST /v2/adjustment-notes/validate} body (v2 contract §7.4): the corrected support document by
 * its NUMBER ({@code support_document_number} replaced v1's {@code support_document_id}).
 */
public record V2AdjustmentNoteDraft(int numberingRangeId, String referenceCode, String supportDocumentNumber,
        String correctionConceptCode, String observation, List<PaymentDetail> paymentDetails,
        BigDecimal cashRounding, V2Provider provider, List<V2Item> items) implements AdjustmentNoteRequest {

    public V2AdjustmentNoteDraft {
        paymentDetails = List.copyOf(paymentDetails);
        items = List.copyOf(items);
    }

    @Override
    public String paymentMethodCode() {
        return paymentDetails.getFirst().paymentMethodCode();
    }

    @Override
    public Provider v1Provider() {
        return provider.toV1();
    }

    @Override
    public V2Provider v2Provider() {
        return provider;
    }
}
