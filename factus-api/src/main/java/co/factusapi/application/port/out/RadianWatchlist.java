package co.factusapi.application.port.out;

import co.factusapi.domain.invoice.InvoiceEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The credit-sale invoices whose RADIAN events are watched (the ledger adds each one in the transaction that marks it
 * ISSUED), and the events already announced, so each event becomes one {@code document.radian_event} and no more.
 */
public interface RadianWatchlist {

    /** A watched invoice: its ledger id, number, issue time and how many looks it had. */
    record Watched(UUID documentId, String number, Instant issuedAt, int looks) {
    }

    /** Up to {@code limit} of the tenant's watched invoices due for a look, longest due first. */
    List<Watched> due(UUID tenantId, Instant now, int limit);

    /**
     * In one transaction: writes a {@code document.radian_event} (through the outbox, to the subscribed endpoints)
     * for each of {@code events} not announced before, then schedules the next look, or ends the watch when
     * {@code nextLook} is empty. Returns the events written.
     */
    int looked(Watched invoice, List<InvoiceEvent> events, Optional<Instant> nextLook, Instant now);
}
