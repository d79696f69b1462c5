package co.factusapi.adapter.in.web.creditnote;

import co.factusapi.adapter.in.web.invoice.InvoiceResponse.Totals;
import co.factusapi.domain.creditnote.CreditNote;
import co.factusapi.domain.error.FieldViolation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A credit note of our ledger. {@code status}: PENDING, ISSUED, REJECTED, FAILED, UNKNOWN. */
public record CreditNoteResponse(UUID id, String referenceCode, String status, String number, String prefix,
                                 String cude, String qrUrl, String invoiceNumber, String correctionConcept,
                                 Totals totals, List<FieldViolation> errors, String createdBy, Instant createdAt,
                                 Instant updatedAt, Instant issuedAt) {

    static CreditNoteResponse of(CreditNote note) {
        return new CreditNoteResponse(note.id(), note.referenceCode(), note.status().name(), note.number(),
                note.prefix(), note.cude(), note.qrUrl(), note.invoiceNumber(), note.correctionConcept().code(),
                new Totals(note.totals().grossValue(), note.totals().taxAmount(), note.totals().total()),
                note.errors(), note.createdBy(), note.createdAt(), note.updatedAt(), note.issuedAt());
    }
}
