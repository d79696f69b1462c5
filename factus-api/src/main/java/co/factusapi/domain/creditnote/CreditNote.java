package co.factusapi.domain.creditnote;

import co.factusapi.domain.document.DocumentAmounts;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.DocumentTotals;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.invoice.Invoice;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of our credit-note ledger, linked to the invoice it corrects. {@code totals} are computed from the lines
 * while PENDING (that amount is reserved against the invoice) and replaced by the provider's once issued.
 * The status has the invoice meanings (PENDING, ISSUED, REJECTED, FAILED, UNKNOWN).
 */
public record CreditNote(UUID id, UUID accountId, UUID invoiceId, String invoiceNumber, String referenceCode,
                         CreditNoteConcept correctionConcept, DocumentStatus status, String prefix, String number,
                         String cude, String qrUrl, DocumentTotals totals, List<FieldViolation> errors,
                         CreditNoteRequest request, String createdBy, Instant createdAt, Instant updatedAt,
                         Instant issuedAt) {

    public CreditNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(request, "request");
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** {@code request} must carry the resolved lines. */
    public static CreditNote pending(Invoice invoice, CreditNoteRequest request, String createdBy, Instant now) {
        return new CreditNote(UUID.randomUUID(), invoice.accountId(), invoice.id(), invoice.number(),
                request.referenceCode(), request.correctionConcept(), DocumentStatus.PENDING,
                request.numberingRangePrefix(), null, null, null, DocumentAmounts.of(request.items()), List.of(),
                request, createdBy, now, now, null);
    }

    /** A failed entry taken up again, for the same invoice, with (possibly corrected) data. */
    public CreditNote retried(CreditNoteRequest newRequest, Instant now) {
        return new CreditNote(id, accountId, invoiceId, invoiceNumber, referenceCode, newRequest.correctionConcept(),
                DocumentStatus.PENDING, newRequest.numberingRangePrefix(), number, cude, qrUrl,
                DocumentAmounts.of(newRequest.items()), List.of(), newRequest, createdBy, createdAt, now, issuedAt);
    }

    public CreditNote settled(ProviderDocument outcome, Instant now) {
        DocumentStatus next = outcome.validated() ? DocumentStatus.ISSUED : DocumentStatus.UNKNOWN;
        return new CreditNote(id, accountId, invoiceId, invoiceNumber, referenceCode, correctionConcept, next,
                outcome.prefix() == null ? prefix : outcome.prefix(), outcome.number(), outcome.cufe(),
                outcome.qrUrl(), outcome.totals(), outcome.notices(), request, createdBy, createdAt, now,
                outcome.validated() ? now : null);
    }

    public CreditNote failed(DocumentStatus outcome, List<FieldViolation> reasons, Instant now) {
        return new CreditNote(id, accountId, invoiceId, invoiceNumber, referenceCode, correctionConcept, outcome,
                prefix, number, cude, qrUrl, totals, reasons, request, createdBy, createdAt, now, issuedAt);
    }

    /**
     * Whether this note's amount counts against the invoice: issued, being issued, or possibly issued (UNKNOWN).
     * Rejected and failed attempts release their reservation.
     */
    public boolean holdsAmount() {
        return holdsAmount(status);
    }

    public static boolean holdsAmount(DocumentStatus status) {
        return status == DocumentStatus.PENDING || status == DocumentStatus.ISSUED || status == DocumentStatus.UNKNOWN;
    }
}
