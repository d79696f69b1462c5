package co.factusapi.application.port.out;

import co.factusapi.domain.invoice.Invoice;
import co.factusapi.domain.invoice.InvoiceQuery;
import co.factusapi.domain.invoice.InvoiceStatus;
import co.factusapi.domain.invoice.Page;
import java.util.Optional;
import java.util.UUID;

/** The invoice ledger. Every call is its own short transaction; none is ever held across a provider call. */
public interface InvoiceRepository {

    /** Records a new attempt; a ConflictException when the account already has this reference code. */
    void insert(Invoice invoice);

    void update(Invoice invoice);

    /** Saves {@code next} only if the stored entry is still in state {@code expected}; false when someone else moved it. */
    boolean transition(Invoice next, InvoiceStatus expected);

    Optional<Invoice> findByReference(UUID accountId, String referenceCode);

    Optional<Invoice> findByNumber(UUID accountId, String number);

    Page<Invoice> search(UUID accountId, InvoiceQuery query);
}
