package co.factusapi.emulator.supportdocs;

import co.factusapi.emulator.document.PaymentDetail;
import co.factusapi.emulator.document.V2Item;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A validated {@code POST /v2/support-documents/validate} body (v2 contract §7.3). */
public record V2SupportDocumentDraft(int numberingRangeId, String referenceCode, String observation,
        List<PaymentDetail> paymentDetails, BigDecimal cashRounding, Map<String, Object> establishment,
        V2Provider provider, List<V2Item> items) implements SupportDocumentRequest {

    public V2SupportDocumentDraft {
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
