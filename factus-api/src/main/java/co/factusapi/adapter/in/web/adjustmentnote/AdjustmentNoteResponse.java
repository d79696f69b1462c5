package co.factusapi.adapter.in.web.adjustmentnote;

import co.factusapi.adapter.in.web.document.Totals;
import co.factusapi.domain.adjustmentnote.AdjustmentNoteRequest;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.FieldViolation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An adjustment note of our ledger; {@code cuds} is its DIAN unique code. */
public record AdjustmentNoteResponse(UUID id, String referenceCode, String status, String number, String prefix,
                                     String cuds, String qrUrl, String supportDocumentNumber, String correctionConcept,
                                     Totals totals, List<FieldViolation> errors, String createdBy, Instant createdAt,
                                     Instant updatedAt, Instant issuedAt) {

    static AdjustmentNoteResponse of(LedgerEntry<AdjustmentNoteRequest> note) {
        return new AdjustmentNoteResponse(note.id(), note.referenceCode(), note.status().name(), note.number(),
                note.prefix(), note.uniqueCode(), note.qrUrl(), note.parent().number(),
                note.request().correctionConcept().code(), Totals.of(note.totals()), note.errors(), note.createdBy(),
                note.createdAt(), note.updatedAt(), note.issuedAt());
    }
}
