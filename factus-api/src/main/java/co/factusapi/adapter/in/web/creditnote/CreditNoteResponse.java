package co.factusapi.adapter.in.web.creditnote;

import co.factusapi.adapter.in.web.document.Totals;
import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.FieldViolation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A credit note of our ledger. {@code status}: PENDING, ISSUED, REJECTED, FAILED, UNKNOWN, DELETED. */
public record CreditNoteResponse(UUID id, String referenceCode, String status, String number, String prefix,
                                 String cude, String qrUrl, String invoiceNumber, String correctionConcept,
                                 Totals totals, List<FieldViolation> errors, String createdBy, Instant createdAt,
                                 Instant updatedAt, Instant issuedAt) {

    static CreditNoteResponse of(LedgerEntry<CreditNoteRequest> note) {
        return new CreditNoteResponse(note.id(), note.referenceCode(), note.status().name(), note.number(),
                note.prefix(), note.uniqueCode(), note.qrUrl(), note.parent().number(),
                note.request().correctionConcept().code(), Totals.of(note.totals()), note.errors(), note.createdBy(),
                note.createdAt(), note.updatedAt(), note.issuedAt());
    }
}
