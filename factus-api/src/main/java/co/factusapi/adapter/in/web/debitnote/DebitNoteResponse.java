package co.factusapi.adapter.in.web.debitnote;

import co.factusapi.adapter.in.web.document.Totals;
import co.factusapi.domain.debitnote.DebitNoteRequest;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.FieldViolation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A debit note of our ledger. {@code status}: PENDING, ISSUED, REJECTED, FAILED, UNKNOWN, DELETED. */
public record DebitNoteResponse(UUID id, String referenceCode, String status, String number, String prefix,
                                String cude, String qrUrl, String invoiceNumber, String correctionConcept,
                                Totals totals, List<FieldViolation> errors, String createdBy, Instant createdAt,
                                Instant updatedAt, Instant issuedAt) {

    static DebitNoteResponse of(LedgerEntry<DebitNoteRequest> note) {
        return new DebitNoteResponse(note.id(), note.referenceCode(), note.status().name(), note.number(),
                note.prefix(), note.uniqueCode(), note.qrUrl(), note.parent().number(),
                note.request().correctionConcept().code(), Totals.of(note.totals()), note.errors(), note.createdBy(),
                note.createdAt(), note.updatedAt(), note.issuedAt());
    }
}
