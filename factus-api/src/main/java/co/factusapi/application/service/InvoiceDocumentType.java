package co.factusapi.application.service;

import co.factusapi.application.port.out.DocumentProvider;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.LedgerEntry.Attempt;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.document.Party;
import co.factusapi.domain.invoice.InvoiceRequest;
import java.math.BigDecimal;

/** Sales invoices: they stand alone; the provider computes their totals. */
public final class InvoiceDocumentType implements DocumentType<InvoiceRequest> {
    private final DocumentProvider<InvoiceRequest> provider;

    public InvoiceDocumentType(DocumentProvider<InvoiceRequest> provider) {
        this.provider = provider;
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.INVOICE;
    }

    @Override
    public Class<InvoiceRequest> requestType() {
        return InvoiceRequest.class;
    }

    @Override
    public DocumentProvider<InvoiceRequest> provider() {
        return provider;
    }

    @Override
    public Attempt<InvoiceRequest> attempt(InvoiceRequest request, LedgerEntry<?> corrected, BigDecimal remaining) {
        Party customer = new Party(request.customer().identification(), request.customer().displayName());
        return new Attempt<>(request, request.numberingRangePrefix(), customer, null, null);
    }
}
