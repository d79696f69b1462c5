package co.factusapi.application.port.out;

import co.factusapi.domain.common.Page;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.invoice.Invoice;
import co.factusapi.domain.invoice.InvoiceQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The invoice ledger. Every call is its own short transaction; none is ever held across a provider call. */
public interface InvoiceRepository {

    /** Records a new attempt; a ConflictException when the account already has this reference code. */
    void insert(Invoice invoice);

    /** Records the outcome of the current attempt; its request stays as recorded (a new attempt uses transition). */
    void update(Invoice invoice);

    /** Saves {@code next} only if the stored entry is still in state {@code expected}; false when someone else moved it. */
    boolean transition(Invoice next, DocumentStatus expected);

    /**
     * Saves {@code next} only if the stored entry is still exactly {@code current} (same state, same last update):
     * of several instances taking up one entry, only one wins, even when the state does not change.
     */
    boolean takeOver(Invoice next, Invoice current);

    Optional<Invoice> findByReference(UUID accountId, String referenceCode);

    Optional<Invoice> findByNumber(UUID accountId, String number);

    Page<Invoice> search(UUID accountId, InvoiceQuery query);

    /** UNKNOWN entries and PENDING ones last touched before {@code pendingBefore}, oldest first. */
    List<Invoice> findUnsettled(UUID accountId, Instant pendingBefore, int limit);

    /** How many entries are UNKNOWN or PENDING. */
    long countUnsettled(UUID accountId);

    /** Records that the provider still holds this entry's DIAN-rejected document, which blocks the account. */
    void markUpstreamDelete(UUID invoiceId, boolean needed);

    List<Invoice> findNeedingUpstreamDelete(UUID accountId, int limit);
}
