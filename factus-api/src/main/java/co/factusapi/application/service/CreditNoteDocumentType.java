package co.factusapi.application.service;

import co.factusapi.application.port.out.DocumentProvider;
import co.factusapi.domain.creditnote.CreditNoteConcept;
import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.LedgerEntry.Attempt;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.document.NoteLines;
import co.factusapi.domain.invoice.InvoiceRequest;
import java.math.BigDecimal;
import java.util.List;

/**
 * Credit notes: they correct one of our ISSUED invoices, never beyond its total; without lines they credit the
 * invoice's lines (or, for a cancellation, whatever remains).
 */
public final class CreditNoteDocumentType implements DocumentType<CreditNoteRequest> {
    private final DocumentProvider<CreditNoteRequest> provider;

    public CreditNoteDocumentType(DocumentProvider<CreditNoteRequest> provider) {
        this.provider = provider;
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.CREDIT_NOTE;
    }

    @Override
    public Class<CreditNoteRequest> requestType() {
        return CreditNoteRequest.class;
    }

    @Override
    public DocumentProvider<CreditNoteRequest> provider() {
        return provider;
    }

    @Override
    public boolean limitedByCorrected() {
        return true;
    }

    @Override
    public String amountField(CreditNoteRequest request) {
        return request.items() == null ? correctedField() : "items";
    }

    @Override
    public Attempt<CreditNoteRequest> attempt(CreditNoteRequest request, LedgerEntry<?> invoice, BigDecimal remaining) {
        List<DocumentLine> lines = NoteLines.resolve(request.items(),
                request.correctionConcept() == CreditNoteConcept.CANCELLATION, invoice,
                invoice.as(InvoiceRequest.class).request().items(), remaining, correctedField(), "correction_concept");
        return DocumentType.noteAttempt(request.withItems(lines), request.numberingRangePrefix(), invoice, lines);
    }
}
