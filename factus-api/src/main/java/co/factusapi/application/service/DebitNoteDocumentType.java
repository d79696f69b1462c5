package co.factusapi.application.service;

import co.factusapi.application.port.out.DocumentProvider;
import co.factusapi.domain.debitnote.DebitNoteRequest;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.LedgerEntry.Attempt;
import co.factusapi.domain.document.LedgerEntry;
import java.math.BigDecimal;

/** Debit notes: they add to one of our ISSUED invoices (interest, expenses, a higher price); DIAN sets no limit. */
public final class DebitNoteDocumentType implements DocumentType<DebitNoteRequest> {
    private final DocumentProvider<DebitNoteRequest> provider;

    public DebitNoteDocumentType(DocumentProvider<DebitNoteRequest> provider) {
        this.provider = provider;
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.DEBIT_NOTE;
    }

    @Override
    public Class<DebitNoteRequest> requestType() {
        return DebitNoteRequest.class;
    }

    @Override
    public DocumentProvider<DebitNoteRequest> provider() {
        return provider;
    }

    @Override
    public Attempt<DebitNoteRequest> attempt(DebitNoteRequest request, LedgerEntry<?> invoice, BigDecimal remaining) {
        return DocumentType.noteAttempt(request, request.numberingRangePrefix(), invoice, request.items());
    }
}
