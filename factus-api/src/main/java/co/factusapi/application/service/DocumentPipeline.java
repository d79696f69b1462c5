package co.factusapi.application.service;

import co.factusapi.application.port.in.IssueDocumentUseCase.Issued;
import co.factusapi.application.port.in.IssueDocumentUseCase;
import co.factusapi.application.port.out.DocumentLedger;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentRequest;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.LedgerEntry.Attempt;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.error.UpstreamException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issues every kind of DIAN document so that none is issued twice or lost: the attempt is recorded PENDING (a note
 * reserving its amount against the document it corrects) before the provider is called outside any transaction,
 * then settled. An entry whose outcome is UNKNOWN is first looked up at the provider by reference code and adopted
 * if it exists; only otherwise is it sent again. A DIAN-rejected document is deleted at the provider at once.
 */
public final class DocumentPipeline implements IssueDocumentUseCase {
    private static final System.Logger LOG = System.getLogger(DocumentPipeline.class.getName());

    private final Map<DocumentKind, DocumentType<?>> types = new EnumMap<>(DocumentKind.class);
    private final DocumentLedger ledger;
    private final Clock clock;
    private final Duration stalePendingAfter;
    private final AuditTrail audit;

    public DocumentPipeline(List<DocumentType<?>> types, DocumentLedger ledger, Clock clock, Duration stalePendingAfter, AuditTrail audit) {
        types.forEach(type -> this.types.put(type.kind(), type));
        this.ledger = ledger;
        this.clock = clock;
        this.stalePendingAfter = stalePendingAfter;
        this.audit = audit;
    }

    @Override
    public <R extends DocumentRequest> Issued<R> issue(R request, String caller, String idempotencyKey) {
        DocumentType<R> type = typeOf(request);
        Optional<LedgerEntry<R>> existing = ledger.findByReference(ActingTenant.id(), type.kind(), request.referenceCode())
                .map(entry -> entry.as(type.requestType()));
        if (existing.isPresent() && isReplay(existing.get(), caller, idempotencyKey)) {
            return new Issued<>(existing.get(), true);
        }
        LedgerEntry<?> corrected = corrected(type, request);
        LedgerEntry<R> attempt = begin(type, request, corrected, existing, new Caller(caller, idempotencyKey));
        return new Issued<>(attempt.status() == DocumentStatus.ISSUED ? attempt : send(type, attempt, caller), false);
    }

    /**
     * The same caller repeating the same request (same Idempotency-Key) after its answer was lost, e.g. when the
     * instance serving it died: it gets the document as the first attempt would have, even though the reconciler
     * may have adopted it meanwhile. Checked before the corrected document, whose remaining amount may since be gone.
     */
    private static boolean isReplay(LedgerEntry<?> entry, String caller, String idempotencyKey) {
        return entry.status() == DocumentStatus.ISSUED && entry.isRepeatOf(caller, idempotencyKey);
    }

    /** Who asks, and with which Idempotency-Key (null without one). */
    private record Caller(String name, String idempotencyKey) {
    }

    /** How long a PENDING entry may stay before it counts as an attempt whose outcome is unknown. */
    Duration stalePendingAfter() {
        return stalePendingAfter;
    }

    /**
     * Settles an UNKNOWN (or stale PENDING) entry for the reconciler: adopts the provider's validated document,
     * records and deletes a DIAN-rejected one, otherwise resends the stored request under the same reference code
     * (the provider treats that as a retry). Empty when another request or instance took the entry up first.
     */
    Optional<LedgerEntry<?>> reconcile(LedgerEntry<?> entry, String actor) {
        return reconcile(typeOf(entry.kind()), entry, actor).map(settled -> settled);
    }

    /** Retries the delete of a DIAN-rejected document that still blocks the account; true when it is gone. */
    boolean retryUpstreamDelete(LedgerEntry<?> rejected, String actor) {
        try {
            typeOf(rejected.kind()).provider().deleteUnvalidated(rejected.referenceCode());
        } catch (NotFoundException gone) {
            LOG.log(System.Logger.Level.DEBUG, "The rejected document was already gone");
        } catch (RuntimeException e) {
            return false;
        }
        ledger.markUpstreamDelete(rejected.id(), false);
        audit.document(actor, "upstream-delete", rejected, "DIAN-rejected document deleted at the provider");
        return true;
    }

    private <R extends DocumentRequest> Optional<LedgerEntry<R>> reconcile(DocumentType<R> type, LedgerEntry<?> stored,
                                                                         String actor) {
        LedgerEntry<R> entry = stored.as(type.requestType());
        Optional<ProviderDocument> held = type.provider().findByReference(entry.referenceCode());
        if (held.isPresent() && held.get().validated()) {
            return adopt(entry, held.get(), actor);
        }
        if (held.isPresent() && held.get().dianRejected()) {
            LedgerEntry<R> rejected = entry.failed(DocumentStatus.REJECTED, held.get().notices(), clock.instant());
            if (!ledger.takeOver(rejected, entry)) {
                return Optional.empty();
            }
            releaseRejected(type, rejected);
            audit.document(actor, "reconcile", rejected, AuditTrail.fields(rejected.errors()));
            return Optional.of(rejected);
        }
        LedgerEntry<R> resent = entry.resent(clock.instant());
        if (!ledger.takeOver(resent, entry)) {
            return Optional.empty();
        }
        audit.document(actor, "reconcile.resend", resent, held.isPresent()
                ? "held by the provider without DIAN validation: resent" : "absent at the provider: resent");
        try {
            return Optional.of(send(type, resent, actor));
        } catch (RuntimeException e) {
            return ledger.findByReference(ActingTenant.id(), type.kind(), entry.referenceCode())
                    .map(settled -> settled.as(type.requestType()));
        }
    }

    /** The ISSUED document a note corrects; null for a document that stands alone. */
    private LedgerEntry<?> corrected(DocumentType<?> type, DocumentRequest request) {
        DocumentKind kind = type.kind().corrects();
        if (kind == null) {
            return null;
        }
        String number = request.correctedNumber();
        LedgerEntry<?> document = ledger.findByNumber(ActingTenant.id(), kind, number).orElseThrow(() ->
                InvalidRequestException.of(type.correctedField(), "there is no " + kind.label() + " numbered "
                        + number + " in this account"));
        if (document.status() != DocumentStatus.ISSUED || document.totals() == null) {
            throw InvalidRequestException.of(type.correctedField(), kind.label() + " " + number + " is "
                    + document.status() + "; only documents validated by DIAN (ISSUED) can be corrected with a "
                    + type.kind().label());
        }
        return document;
    }

    /** {@code existing}: the ledger's entry with this reference code, read once per request. */
    private <R extends DocumentRequest> LedgerEntry<R> begin(DocumentType<R> type, R request, LedgerEntry<?> corrected,
                                                             Optional<LedgerEntry<R>> existing, Caller caller) {
        if (existing.isEmpty()) {
            return start(type, request, corrected, caller, null);
        }
        LedgerEntry<R> previous = existing.get();
        DocumentStatus state = effectiveStatus(previous);
        if (state == DocumentStatus.ISSUED) {
            throw ConflictException.alreadyIssued(type.kind(), previous.referenceCode(), previous.number());
        }
        if (!state.allowsResend()) {
            throw inProgress(previous);
        }
        if (corrected != null && !corrected.id().equals(previous.parent().id())) {
            throw InvalidRequestException.of("reference_code", "is already used by a " + type.kind().label() + " of "
                    + corrected.kind().label() + " " + previous.parent().number());
        }
        if (state == DocumentStatus.UNKNOWN) {
            Optional<LedgerEntry<R>> adopted = settleHeld(type, previous, caller.name());
            if (adopted.isPresent()) {
                return adopted.get();
            }
        }
        return start(type, request, corrected, caller, previous);
    }

    /**
     * Before an UNKNOWN entry is sent again: the provider's validated document is adopted; a DIAN-rejected one is
     * deleted so that the new attempt is not refused because of it.
     */
    private <R extends DocumentRequest> Optional<LedgerEntry<R>> settleHeld(DocumentType<R> type, LedgerEntry<R> previous,
                                                                           String caller) {
        Optional<ProviderDocument> held = type.provider().findByReference(previous.referenceCode());
        if (held.isPresent() && held.get().validated()) {
            return Optional.of(adopt(previous, held.get(), caller).orElseThrow(() -> inProgress(previous)));
        }
        if (held.isPresent() && held.get().dianRejected()) {
            type.provider().deleteUnvalidated(previous.referenceCode());
        }
        return Optional.empty();
    }

    private <R extends DocumentRequest> LedgerEntry<R> start(DocumentType<R> type, R request, LedgerEntry<?> corrected,
                                                             Caller caller, LedgerEntry<R> previous) {
        BigDecimal remaining = type.limitedByCorrected() ? remaining(type, corrected, previous) : null;
        Attempt<R> attempt = type.attempt(request, corrected, remaining);
        LedgerEntry<R> entry = previous == null
                ? LedgerEntry.pending(ActingTenant.id(), attempt, caller.name(), caller.idempotencyKey(), clock.instant())
                : previous.retried(attempt, caller.idempotencyKey(), clock.instant());
        if (remaining != null) {
            reserve(type.amountField(request), entry, previous, corrected, remaining);
        } else if (previous == null) {
            ledger.insert(entry);
        } else if (!ledger.takeOver(entry, previous)) {
            throw inProgress(previous);
        }
        return entry;
    }

    /** What the notes of this kind may still take from the corrected document: every note that holds an amount counts. */
    private BigDecimal remaining(DocumentType<?> type, LedgerEntry<?> corrected, LedgerEntry<?> previous) {
        BigDecimal held = ledger.findCorrections(corrected.id(), type.kind()).stream()
                .filter(note -> note.holdsAmount() && (previous == null || !note.id().equals(previous.id())))
                .map(note -> note.totals().total()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return corrected.totals().total().subtract(held);
    }

    /** The check here is for the caller's message; the ledger's atomic one is what holds under concurrency. */
    private void reserve(String field, LedgerEntry<?> note, LedgerEntry<?> previous, LedgerEntry<?> corrected,
                         BigDecimal remaining) {
        BigDecimal total = note.totals().total();
        if (total.compareTo(remaining) > 0 || !ledger.reserve(note, previous, corrected.totals().total())) {
            throw InvalidRequestException.of(field, "the " + note.kind().label() + " total "
                    + total.toPlainString() + " exceeds the remaining amount " + remaining.max(BigDecimal.ZERO)
                    .toPlainString() + " of " + corrected.kind().label() + " " + corrected.number());
        }
    }

    /**
     * A PENDING entry whose instance is gone (it crashed mid-call), or that outlived any provider call, belongs to a
     * dead attempt: its outcome is unknown. A slow attempt of a live instance stays PENDING.
     */
    private DocumentStatus effectiveStatus(LedgerEntry<?> entry) {
        if (entry.status() != DocumentStatus.PENDING) {
            return entry.status();
        }
        boolean stale = entry.updatedAt().isBefore(clock.instant().minus(stalePendingAfter));
        return stale || ledger.abandoned(entry) ? DocumentStatus.UNKNOWN : DocumentStatus.PENDING;
    }

    private <R extends DocumentRequest> Optional<LedgerEntry<R>> adopt(LedgerEntry<R> previous, ProviderDocument held,
                                                                       String actor) {
        LedgerEntry<R> adopted = previous.settled(held, clock.instant());
        if (!ledger.takeOver(adopted, previous)) {
            return Optional.empty();
        }
        audit.document(actor, "reconcile.adopt", adopted, "validated at the provider: adopted");
        return Optional.of(adopted);
    }

    private <R extends DocumentRequest> LedgerEntry<R> send(DocumentType<R> type, LedgerEntry<R> attempt, String actor) {
        try {
            LedgerEntry<R> settled = attempt.settled(type.provider().issue(attempt.request()), clock.instant());
            ledger.update(settled);
            audit.document(actor, "issue", settled, null);
            return settled;
        } catch (InvalidRequestException e) {
            record(attempt.failed(DocumentStatus.REJECTED, e.violations(), clock.instant()), actor);
            throw e;
        } catch (UpstreamException e) {
            LedgerEntry<R> failed = record(attempt.failed(statusAfter(e), reasons(e), clock.instant()), actor);
            if (e.kind() == UpstreamException.Kind.DIAN_REJECTED) {
                releaseRejected(type, failed);
            }
            throw e;
        } catch (RuntimeException e) {
            record(attempt.failed(DocumentStatus.UNKNOWN, List.of(new FieldViolation("upstream",
                    "The outcome could not be learned; it is reconciled before any resend.")), clock.instant()), actor);
            throw e;
        }
    }

    private <R extends DocumentRequest> LedgerEntry<R> record(LedgerEntry<R> failed, String actor) {
        ledger.update(failed);
        audit.document(actor, "issue", failed, AuditTrail.fields(failed.errors()));
        return failed;
    }

    static DocumentStatus statusAfter(UpstreamException e) {
        return switch (e.kind()) {
            case REJECTED, DIAN_REJECTED -> DocumentStatus.REJECTED;
            case CONFLICT, BAD_CREDENTIALS -> DocumentStatus.FAILED;
            // The provider may have created the document before failing or timing out.
            case UNAVAILABLE, TIMEOUT, BAD_RESPONSE -> DocumentStatus.UNKNOWN;
        };
    }

    private static List<FieldViolation> reasons(UpstreamException e) {
        return e.violations().isEmpty() ? List.of(new FieldViolation("upstream", e.getMessage())) : e.violations();
    }

    /**
     * The provider keeps a DIAN-rejected document and refuses every new document of the account until it is deleted
     * (docs/factus-upstream.md), so it is deleted at once; when that fails the entry is flagged and the reconciler
     * retries the delete.
     */
    private void releaseRejected(DocumentType<?> type, LedgerEntry<?> rejected) {
        try {
            type.provider().deleteUnvalidated(rejected.referenceCode());
        } catch (RuntimeException e) {
            ledger.markUpstreamDelete(rejected.id(), true);
            LOG.log(System.Logger.Level.WARNING, "Could not delete a DIAN-rejected " + rejected.kind().label()
                    + "; the reconciler retries");
        }
    }

    private static ConflictException inProgress(LedgerEntry<?> previous) {
        return new ConflictException(previous.kind().slug() + "-in-progress", "An attempt with reference code "
                + previous.referenceCode() + " is in progress. Retry in a few seconds.");
    }

    @SuppressWarnings("unchecked")
    private <R extends DocumentRequest> DocumentType<R> typeOf(R request) {
        return (DocumentType<R>) typeOf(request.kind());
    }

    private DocumentType<?> typeOf(DocumentKind kind) {
        DocumentType<?> type = types.get(kind);
        if (type == null) {
            throw new IllegalStateException("No document type is registered for " + kind);
        }
        return type;
    }
}
