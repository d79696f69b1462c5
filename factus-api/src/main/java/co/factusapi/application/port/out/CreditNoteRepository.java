package co.factusapi.application.port.out;

import co.factusapi.domain.common.Page;
import co.factusapi.domain.creditnote.CreditNote;
import co.factusapi.domain.creditnote.CreditNoteQuery;
import co.factusapi.domain.document.DocumentStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The credit-note ledger. Every call is its own short transaction; none is ever held across a provider call. */
public interface CreditNoteRepository {

    /**
     * Saves the PENDING {@code note} only if, together with the invoice's other notes that hold an amount
     * ({@link CreditNote#holdsAmount()}), it stays within {@code limit}; check and save are atomic per invoice.
     * {@code replaced} null inserts a new entry (a ConflictException when the reference code is taken); otherwise the
     * stored entry is taken over only if it is still in that state (a ConflictException when someone else moved it).
     *
     * @return false, saving nothing, when the limit would be exceeded
     */
    boolean reserve(CreditNote note, DocumentStatus replaced, BigDecimal limit);

    void update(CreditNote note);

    /** Saves {@code next} only if the stored entry is still in state {@code expected}. */
    boolean transition(CreditNote next, DocumentStatus expected);

    Optional<CreditNote> findByReference(UUID accountId, String referenceCode);

    Optional<CreditNote> findByNumber(UUID accountId, String number);

    /** Oldest first. */
    List<CreditNote> findByInvoice(UUID invoiceId);

    Page<CreditNote> search(UUID accountId, CreditNoteQuery query);
}
