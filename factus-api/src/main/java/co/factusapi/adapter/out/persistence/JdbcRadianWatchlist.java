package co.factusapi.adapter.out.persistence;

import co.factusapi.application.port.out.RadianWatchlist;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.invoice.InvoiceEvent;
import co.factusapi.domain.webhook.WebhookEvent;
import co.factusapi.domain.webhook.WebhookEventType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RADIAN watch in SQL ({@code radian_watch} and {@code radian_seen}, V18). An event is announced in the
 * transaction that records it as seen: two looks racing at one invoice both try to insert the same key, and the second
 * rolls back with its event.
 */
public class JdbcRadianWatchlist implements RadianWatchlist {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JdbcWebhookOutbox outbox;

    public JdbcRadianWatchlist(JdbcClient jdbc, TransactionTemplate transactions, JdbcWebhookOutbox outbox) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.outbox = outbox;
    }

    /** Starts watching an invoice that has just become ISSUED; runs in the ledger's transaction. */
    static void watch(JdbcClient jdbc, LedgerEntry<?> invoice) {
        Instant issuedAt = invoice.issuedAt() == null ? invoice.updatedAt() : invoice.issuedAt();
        jdbc.sql("INSERT INTO radian_watch (document_id, tenant_id, number, issued_at, looks, next_look_at) "
                        + "VALUES (:id, :tenant, :number, :issued, 0, :issued)")
                .param("id", invoice.id()).param("tenant", invoice.tenantId()).param("number", invoice.number())
                .param("issued", SqlTime.timestamp(issuedAt)).update();
    }

    @Override
    public List<Watched> due(UUID tenantId, Instant now, int limit) {
        return jdbc.sql("SELECT document_id, number, issued_at, looks FROM radian_watch WHERE tenant_id = :tenant "
                        + "AND next_look_at <= :now ORDER BY next_look_at LIMIT :limit")
                .param("tenant", tenantId).param("now", SqlTime.timestamp(now)).param("limit", limit)
                .query((rs, n) -> new Watched(rs.getObject("document_id", UUID.class), rs.getString("number"),
                        SqlTime.instant(rs, "issued_at"), rs.getInt("looks")))
                .list();
    }

    @Override
    public int looked(Watched invoice, List<InvoiceEvent> events, Optional<Instant> nextLook, Instant now) {
        Integer written = transactions.execute(status -> {
            int announced = 0;
            LedgerEntry<?> entry = null;
            for (InvoiceEvent event : events) {
                if (firstSeen(invoice.documentId(), event, now)) {
                    entry = entry == null ? entry(invoice.documentId()) : entry;
                    announce(entry, event, now);
                    announced++;
                }
            }
            if (nextLook.isPresent()) {
                jdbc.sql("UPDATE radian_watch SET looks = looks + 1, next_look_at = :next WHERE document_id = :id")
                        .param("next", SqlTime.timestamp(nextLook.get())).param("id", invoice.documentId()).update();
            } else {
                jdbc.sql("DELETE FROM radian_watch WHERE document_id = :id").param("id", invoice.documentId()).update();
            }
            return announced;
        });
        return written == null ? 0 : written;
    }

    private boolean firstSeen(UUID documentId, InvoiceEvent event, Instant now) {
        String key = event.eventCode() + ":" + (event.cude() == null ? "" : event.cude());
        boolean seen = jdbc.sql("SELECT COUNT(*) FROM radian_seen WHERE document_id = :id AND event_key = :key")
                .param("id", documentId).param("key", key).query(Long.class).single() > 0;
        if (!seen) {
            jdbc.sql("INSERT INTO radian_seen (document_id, event_key, seen_at) VALUES (:id, :key, :at)")
                    .param("id", documentId).param("key", key).param("at", SqlTime.timestamp(now)).update();
        }
        return !seen;
    }

    private LedgerEntry<?> entry(UUID documentId) {
        return jdbc.sql("SELECT " + DocumentRow.COLUMNS + " FROM documents WHERE id = :id")
                .param("id", documentId).query(DocumentRow::map).single();
    }

    private void announce(LedgerEntry<?> invoice, InvoiceEvent event, Instant now) {
        UUID id = UUID.randomUUID();
        WebhookEventType type = WebhookEventType.DOCUMENT_RADIAN_EVENT;
        outbox.append(new WebhookEvent(id, invoice.tenantId(), type, invoice.id(), now,
                WebhookPayloads.radianEvent(id, invoice, event, now)), outbox.subscribers(invoice.tenantId(), type));
    }
}
