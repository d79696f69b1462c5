package co.factusapi.application.service;

import co.factusapi.application.port.out.DocumentProvider;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.LedgerEntry.Attempt;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.document.Party;
import co.factusapi.domain.supportdocument.SupportDocumentRequest;
import java.math.BigDecimal;

/** Support documents: they stand alone, with the seller as their party; the provider computes their totals. */
public final class SupportDocumentDocumentType implements DocumentType<SupportDocumentRequest> {
    private final DocumentProvider<SupportDocumentRequest> provider;

    public SupportDocumentDocumentType(DocumentProvider<SupportDocumentRequest> provider) {
        this.provider = provider;
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.SUPPORT_DOCUMENT;
    }

    @Override
    public Class<SupportDocumentRequest> requestType() {
        return SupportDocumentRequest.class;
    }

    @Override
    public DocumentProvider<SupportDocumentRequest> provider() {
        return provider;
    }

    @Override
    public Attempt<SupportDocumentRequest> attempt(SupportDocumentRequest request, LedgerEntry<?> corrected,
                                                   BigDecimal remaining) {
        Party seller = new Party(request.provider().identification(), request.provider().names());
        return new Attempt<>(request, request.numberingRangePrefix(), seller, null, null);
    }
}
