package co.factusapi.domain.document;

import co.factusapi.domain.error.FieldViolation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of our document ledger: an attempt to issue {@link #request()} under a reference code, and its outcome.
 * {@code totals} are ours while the attempt runs (a note reserves that amount against the document it corrects) and
 * the provider's once it answered. {@code parent} is the document a note corrects. {@code idempotencyKey} is the
 * Idempotency-Key the caller sent with the current attempt, if any: a repeat of that very request whose answer was
 * lost gets this entry back instead of a conflict.
 */
public record LedgerEntry<R extends DocumentRequest>(UUID id, UUID tenantId, DocumentKind kind, String referenceCode,
                                                     DocumentStatus status, String prefix, String number,
                                                     String uniqueCode, String qrUrl, Party party, DocumentLink parent,
                                                     DocumentTotals totals, List<FieldViolation> errors, R request,
                                                     String createdBy, String idempotencyKey, Instant createdAt,
                                                     Instant updatedAt, Instant issuedAt) {

    public LedgerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(request, "request");
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A first attempt, recorded before the provider is called. */
    public static <R extends DocumentRequest> LedgerEntry<R> pending(UUID tenantId, Attempt<R> attempt,
                                                                     String createdBy, String idempotencyKey,
                                                                     Instant now) {
        R request = attempt.request();
        return new LedgerEntry<>(UUID.randomUUID(), tenantId, request.kind(), request.referenceCode(),
                DocumentStatus.PENDING, attempt.prefix(), null, null, null, attempt.party(), attempt.parent(),
                attempt.totals(), List.of(), request, createdBy, idempotencyKey, now, now, null);
    }

    /** The same entry taken up again for a new attempt with (possibly corrected) data. */
    public LedgerEntry<R> retried(Attempt<R> attempt, String newIdempotencyKey, Instant now) {
        return new LedgerEntry<>(id, tenantId, kind, referenceCode, DocumentStatus.PENDING, attempt.prefix(), number,
                uniqueCode, qrUrl, attempt.party(), parent, attempt.totals(), List.of(), attempt.request(), createdBy,
                newIdempotencyKey, createdAt, now, issuedAt);
    }

    /** The stored request sent again under the same reference code (the provider takes it as a retry). */
    public LedgerEntry<R> resent(Instant now) {
        return new LedgerEntry<>(id, tenantId, kind, referenceCode, DocumentStatus.PENDING, prefix, number, uniqueCode,
                qrUrl, party, parent, totals, List.of(), request, createdBy, idempotencyKey, createdAt, now, issuedAt);
    }

    /** The provider holds the document: validated (ISSUED) or still waiting for DIAN (UNKNOWN). */
    public LedgerEntry<R> settled(ProviderDocument held, Instant now) {
        DocumentStatus next = held.validated() ? DocumentStatus.ISSUED : DocumentStatus.UNKNOWN;
        return new LedgerEntry<>(id, tenantId, kind, referenceCode, next,
                held.prefix() == null ? prefix : held.prefix(), held.number(), held.uniqueCode(), held.qrUrl(), party,
                parent, held.totals() == null ? totals : held.totals(), held.notices(), request, createdBy,
                idempotencyKey, createdAt, now, held.validated() ? now : null);
    }

    public LedgerEntry<R> failed(DocumentStatus outcome, List<FieldViolation> reasons, Instant now) {
        return new LedgerEntry<>(id, tenantId, kind, referenceCode, outcome, prefix, number, uniqueCode, qrUrl, party,
                parent, totals, reasons, request, createdBy, idempotencyKey, createdAt, now, issuedAt);
    }

    /** What this entry's current attempt recorded. */
    public Attempt<R> attempt() {
        return new Attempt<>(request, prefix, party, parent, totals);
    }

    /** Whether {@code caller} sending {@code key} is the very request of this entry's current attempt. */
    public boolean isRepeatOf(String caller, String key) {
        return key != null && key.equals(idempotencyKey) && createdBy.equals(caller);
    }

    /** Whether this entry's amount counts against the document it corrects. */
    public boolean holdsAmount() {
        return status.holdsAmount();
    }

    /** This entry with its request's type named, for code that works with one kind. */
    @SuppressWarnings("unchecked")
    public <T extends DocumentRequest> LedgerEntry<T> as(Class<T> requestType) {
        if (!requestType.isInstance(request)) {
            throw new IllegalStateException("A " + kind.label() + " entry does not hold a " + requestType.getSimpleName());
        }
        return (LedgerEntry<T>) this;
    }

    /**
     * What a new attempt writes: the request as it will be sent, its numbering-range prefix (null: the account's
     * only active range of the kind, chosen by the provider adapter), the party and amounts known before the provider
     * answers, and the document it corrects.
     */
    public record Attempt<R extends DocumentRequest>(R request, String prefix, Party party, DocumentLink parent,
                                                     DocumentTotals totals) {
        public Attempt {
            Objects.requireNonNull(request, "request");
        }
    }
}
