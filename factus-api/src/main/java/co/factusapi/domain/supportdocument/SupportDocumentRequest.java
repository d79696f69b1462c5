package co.factusapi.domain.supportdocument;

import co.factusapi.domain.common.Checks;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.DocumentRequest;
import co.factusapi.domain.document.DocumentRules;
import co.factusapi.domain.document.PaymentMethod;
import co.factusapi.domain.error.InvalidRequestException;
import java.util.List;

/**
 * A support document ("documento soporte en adquisiciones a no obligados a facturar"): we, the buyer, document a
 * purchase from a seller who does not invoice, at the latest within the week. Lines as invoice lines, tax-inclusive.
 * {@code numberingRangePrefix} null means the account's single active support-document range.
 */
public record SupportDocumentRequest(String numberingRangePrefix, String referenceCode, String observation,
                                     PaymentMethod paymentMethod, Seller provider, List<DocumentLine> items)
        implements DocumentRequest {

    public SupportDocumentRequest {
        paymentMethod = paymentMethod == null ? PaymentMethod.CASH : paymentMethod;
        items = items == null ? List.of() : List.copyOf(items);
        Checks checks = new Checks();
        DocumentRules.prefix(checks, numberingRangePrefix, false);
        DocumentRules.referenceCode(checks, referenceCode);
        checks.text(observation, "observation", 250, false);
        SupportDocumentRules.seller(checks, provider);
        DocumentRules.lines(checks, items);
        if (!checks.violations().isEmpty()) {
            throw new InvalidRequestException(checks.violations());
        }
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.SUPPORT_DOCUMENT;
    }
}
