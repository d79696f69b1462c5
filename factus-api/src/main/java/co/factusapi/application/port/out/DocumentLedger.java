package co.factusapi.application.port.out;

import co.factusapi.domain.common.Page;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentQuery;
import co.factusapi.domain.document.DocumentTally;
import co.factusapi.domain.document.LedgerEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The ledger of every document the service issues. Every call is its own short transaction; none is ever held across
 * a provider call. Reference codes are unique per account and kind.
 */
public interface DocumentLedger {

    /** Records a first attempt; a ConflictException when the account already has this reference code. */
    void insert(LedgerEntry<?> entry);

    /**
     * Saves the PENDING {@code note} only if, with the other notes of its kind on the same document that hold an
     * amount, it stays within {@code limit}; check and save are atomic per corrected document. {@code replaced} null
     * inserts (a ConflictException when the reference code is taken); otherwise the stored entry is taken over only
     * if it is still exactly {@code replaced} (a ConflictException when someone else moved it).
     *
     * @return false, saving nothing, when the limit would be exceeded
     */
    boolean reserve(LedgerEntry<?> note, LedgerEntry<?> replaced, BigDecimal limit);

    /** Records the outcome of the current attempt; its request stays as recorded. */
    void update(LedgerEntry<?> entry);

    /**
     * Saves {@code next} only if the stored entry is still exactly {@code current} (same state, same last update):
     * of several instances taking up one entry, only one wins, even when the state does not change.
     */
    boolean takeOver(LedgerEntry<?> next, LedgerEntry<?> current);

    /**
     * Whether the instance that was running this PENDING attempt is gone (it crashed or was killed), so nobody will
     * settle it: the attempt's outcome is unknown and the entry may be taken up at once.
     */
    boolean abandoned(LedgerEntry<?> pending);

    Optional<LedgerEntry<?>> findByReference(UUID tenantId, DocumentKind kind, String referenceCode);

    Optional<LedgerEntry<?>> findByNumber(UUID tenantId, DocumentKind kind, String number);

    /** The notes of {@code kind} that correct the entry {@code parentId}, oldest first. */
    List<LedgerEntry<?>> findCorrections(UUID parentId, DocumentKind kind);

    Page<LedgerEntry<?>> search(UUID tenantId, DocumentQuery query);

    /**
     * Per kind and state, how many entries were created in [{@code createdFrom}, {@code createdTo}) and the sum of
     * their totals: one aggregate read, however many documents; a kind and state with none is left out.
     */
    List<DocumentTally> tally(UUID tenantId, Instant createdFrom, Instant createdTo);

    /** Per kind, how many entries of any day are UNKNOWN and how many PENDING (their amounts as in {@link #tally}). */
    List<DocumentTally> tallyUnsettled(UUID tenantId);

    /**
     * What someone should look at first: the entries DIAN rejected that were created since {@code rejectedSince}, and
     * every UNKNOWN or PENDING one, of every kind, last updated first.
     */
    List<LedgerEntry<?>> findNeedingAttention(UUID tenantId, Instant rejectedSince, int limit);

    /**
     * UNKNOWN entries of every kind, and PENDING ones last touched before {@code pendingBefore} or abandoned by their
     * instance, oldest first.
     */
    List<LedgerEntry<?>> findUnsettled(UUID tenantId, Instant pendingBefore, int limit);

    /** How many entries of every kind are UNKNOWN or PENDING. */
    long countUnsettled(UUID tenantId);

    /** Records that the provider still holds this entry's DIAN-rejected document, which blocks the account. */
    void markUpstreamDelete(UUID entryId, boolean needed);

    List<LedgerEntry<?>> findNeedingUpstreamDelete(UUID tenantId, int limit);
}
