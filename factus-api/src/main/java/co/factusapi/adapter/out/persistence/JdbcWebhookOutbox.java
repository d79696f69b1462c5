package co.factusapi.adapter.out.persistence;

import co.factusapi.application.port.out.WebhookOutbox;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.document.PaymentForm;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.domain.webhook.DeliveryAttempt;
import co.factusapi.domain.webhook.DocumentEventRules;
import co.factusapi.domain.webhook.WebhookDelivery;
import co.factusapi.domain.webhook.WebhookEvent;
import co.factusapi.domain.webhook.WebhookEventType;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The webhook outbox in SQL (PostgreSQL or H2). {@link #documentChanged} runs inside the ledger's transaction, so an
 * event exists exactly when its change committed. Claiming is one short transaction ({@code FOR UPDATE SKIP LOCKED},
 * then a lease); the HTTP call happens after it, outside any transaction.
 */
public class JdbcWebhookOutbox implements WebhookOutbox {
    private static final String PENDING = "PENDING";
    private static final String EVENT_COLUMNS = "id, tenant_id, type, document_id, created_at, payload";
    private static final String DELIVERY_SELECT = "SELECT d.id, d.event_id, v.type, d.endpoint_id, d.status, "
            + "d.attempts, d.next_attempt_at FROM webhook_deliveries d JOIN webhook_events v ON v.id = d.event_id ";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final WebhookSubscriptions subscriptions;

    public JdbcWebhookOutbox(JdbcClient jdbc, TransactionTemplate transactions, WebhookSubscriptions subscriptions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.subscriptions = subscriptions;
    }

    public JdbcWebhookOutbox(JdbcClient jdbc, TransactionTemplate transactions) {
        this(jdbc, transactions, WebhookSubscriptions.uncached(jdbc));
    }

    /**
     * Writes the events of a ledger change ({@link DocumentEventRules}) with their deliveries. Must run in the
     * transaction that writes the change, after the document's row is locked or updated. {@code unknownAnnounced}:
     * the row's {@code unknown_announced}, asked only when it matters; this keeps it up to date.
     */
    void documentChanged(DocumentStatus before, BooleanSupplier unknownAnnounced, LedgerEntry<?> after) {
        List<WebhookEventType> types = DocumentEventRules.emitted(before, after.status(), unknownAnnounced);
        for (WebhookEventType type : types) {
            UUID id = UUID.randomUUID();
            WebhookEvent event = new WebhookEvent(id, after.tenantId(), type, after.id(), after.updatedAt(),
                    WebhookPayloads.document(id, type, after, after.updatedAt()));
            append(event, subscribers(after.tenantId(), type));
        }
        boolean announced = types.contains(WebhookEventType.DOCUMENT_UNKNOWN);
        if (announced || types.contains(WebhookEventType.DOCUMENT_SETTLED)) {
            jdbc.sql("UPDATE documents SET unknown_announced = :announced WHERE id = :id")
                    .param("announced", announced).param("id", after.id()).update();
        }
        if (after.status() == DocumentStatus.ISSUED && before != DocumentStatus.ISSUED && creditSale(after)) {
            JdbcRadianWatchlist.watch(jdbc, after);
        }
    }

    /** Only credit sales can become títulos valor, the invoices RADIAN events are about. */
    private static boolean creditSale(LedgerEntry<?> entry) {
        return entry.request() instanceof InvoiceRequest invoice && invoice.paymentForm() == PaymentForm.CREDIT;
    }

    /** The tenant's enabled endpoints subscribed to {@code type}. */
    List<UUID> subscribers(UUID tenantId, WebhookEventType type) {
        return subscriptions.subscribers(tenantId, type);
    }

    @Override
    public void append(WebhookEvent event, List<UUID> endpointIds) {
        jdbc.sql("INSERT INTO webhook_events (id, tenant_id, type, document_id, created_at, payload) "
                        + "VALUES (:id, :tenant, :type, :document, :created_at, :payload)")
                .param("id", event.id()).param("tenant", event.tenantId()).param("type", event.type().code())
                .param("document", event.documentId()).param("created_at", SqlTime.timestamp(event.createdAt()))
                .param("payload", event.payload())
                .update();
        if (endpointIds.isEmpty()) {
            return;
        }
        for (UUID endpoint : endpointIds) {
            insertDelivery(event, endpoint, event.createdAt());
        }
    }

    /**
     * A delivery due at {@code at}; it keeps the order of the event among its document's events. Queued only while
     * the endpoint exists and is enabled: the subscriptions may be a few seconds old (another instance's change).
     */
    private void insertDelivery(WebhookEvent event, UUID endpoint, Instant at) {
        jdbc.sql("INSERT INTO webhook_deliveries (id, event_id, endpoint_id, seq, ordering_key, status, attempts, "
                        + "next_attempt_at, queued_at, created_at, updated_at) SELECT :id, v.id, e.id, v.seq, :key, "
                        + "'PENDING', 0, :at, :at, :at, :at FROM webhook_events v, webhook_endpoints e "
                        + "WHERE v.id = :event AND e.id = :endpoint AND e.enabled")
                .param("id", UUID.randomUUID()).param("event", event.id()).param("endpoint", endpoint)
                .param("key", event.documentId() == null ? event.id() : event.documentId())
                .param("at", SqlTime.timestamp(at))
                .update();
    }

    /** Selected, then deleted by id: H2 deleted fewer rows than a LIMITed subquery of DELETE ... IN selects. */
    @Override
    public int purge(Instant before, int limit) {
        List<UUID> ids = jdbc.sql("SELECT e.id FROM webhook_events e WHERE e.created_at < :before AND NOT EXISTS "
                        + "(SELECT 1 FROM webhook_deliveries d WHERE d.event_id = e.id AND d.status = 'PENDING') "
                        + "AND (e.document_id IS NULL OR NOT EXISTS (SELECT 1 FROM documents doc "
                        + "WHERE doc.id = e.document_id AND doc.status IN ('PENDING', 'UNKNOWN'))) "
                        + "ORDER BY e.created_at LIMIT :limit")
                .param("before", SqlTime.timestamp(before)).param("limit", limit).query(UUID.class).list();
        return ids.isEmpty() ? 0
                : jdbc.sql("DELETE FROM webhook_events WHERE id IN (:ids)").param("ids", ids).update();
    }

    @Override
    public List<Delivery> claimDue(String owner, Instant now, Instant leaseUntil, int limit) {
        return transactions.execute(status -> {
            List<UUID> ids = jdbc.sql("SELECT d.id FROM webhook_deliveries d WHERE d.status = 'PENDING' "
                            + "AND d.next_attempt_at <= :now AND (d.locked_until IS NULL OR d.locked_until <= :now) "
                            + "AND d.endpoint_id IN (SELECT e.id FROM webhook_endpoints e WHERE e.enabled) "
                            + "AND NOT EXISTS (SELECT 1 FROM webhook_deliveries p WHERE p.endpoint_id = d.endpoint_id "
                            + "AND p.ordering_key = d.ordering_key AND p.seq < d.seq AND p.status = 'PENDING') "
                            + "ORDER BY d.seq LIMIT :limit FOR UPDATE SKIP LOCKED")
                    .param("now", SqlTime.timestamp(now)).param("limit", limit)
                    .query(UUID.class).list();
            if (ids.isEmpty()) {
                return List.of();
            }
            jdbc.sql("UPDATE webhook_deliveries SET locked_by = :owner, locked_until = :until WHERE id IN (:ids)")
                    .param("owner", owner).param("until", SqlTime.timestamp(leaseUntil)).param("ids", ids).update();
            return jdbc.sql("SELECT d.id AS delivery_id, d.endpoint_id, d.attempts, d.queued_at, e.url, v.id, v.tenant_id, v.type, "
                            + "v.document_id, v.created_at, v.payload FROM webhook_deliveries d "
                            + "JOIN webhook_events v ON v.id = d.event_id "
                            + "JOIN webhook_endpoints e ON e.id = d.endpoint_id WHERE d.id IN (:ids) ORDER BY d.seq")
                    .param("ids", ids)
                    .query(JdbcWebhookOutbox::delivery).list();
        });
    }

    @Override
    public void recordAttempt(Delivery delivery, String owner, DeliveryAttempt attempt, Optional<Instant> next) {
        jdbc.sql("INSERT INTO webhook_attempts (id, delivery_id, attempted_at, status_code, latency_ms, "
                        + "response_excerpt, error) VALUES (:id, :delivery, :at, :status, :latency, :excerpt, :error)")
                .param("id", UUID.randomUUID()).param("delivery", delivery.id())
                .param("at", SqlTime.timestamp(attempt.at())).param("status", attempt.statusCode())
                .param("latency", attempt.latencyMillis()).param("excerpt", attempt.responseExcerpt())
                .param("error", attempt.error())
                .update();
        String status = attempt.succeeded() ? "SUCCEEDED" : next.isPresent() ? PENDING : "FAILED";
        jdbc.sql("UPDATE webhook_deliveries SET attempts = attempts + 1, status = :status, "
                        + "next_attempt_at = :next, locked_by = NULL, locked_until = NULL, updated_at = :at "
                        + "WHERE id = :id AND locked_by = :owner")
                .param("status", status)
                .param("next", SqlTime.timestamp(next.orElse(attempt.at())))
                .param("at", SqlTime.timestamp(attempt.at()))
                .param("id", delivery.id()).param("owner", owner)
                .update();
    }

    @Override
    public Optional<Instant> endpointOutcome(UUID endpointId, boolean succeeded, Instant at) {
        if (succeeded) {
            jdbc.sql("UPDATE webhook_endpoints SET failing_since = NULL WHERE id = :id AND failing_since IS NOT NULL")
                    .param("id", endpointId).update();
            return Optional.empty();
        }
        jdbc.sql("UPDATE webhook_endpoints SET failing_since = :at WHERE id = :id AND failing_since IS NULL")
                .param("id", endpointId).param("at", SqlTime.timestamp(at)).update();
        return jdbc.sql("SELECT failing_since FROM webhook_endpoints WHERE id = :id").param("id", endpointId)
                .query((row, n) -> Optional.ofNullable(SqlTime.instant(row, "failing_since"))).optional()
                .flatMap(since -> since);
    }

    @Override
    public void disableEndpoint(UUID endpointId, String reason, Instant at) {
        transactions.executeWithoutResult(status -> {
            int disabled = jdbc.sql("UPDATE webhook_endpoints SET enabled = FALSE, disabled_reason = :reason, "
                            + "updated_at = :at WHERE id = :id AND enabled")
                    .param("reason", reason).param("at", SqlTime.timestamp(at)).param("id", endpointId).update();
            if (disabled == 0) {
                return;
            }
            WebhookEvent event = jdbc.sql("SELECT tenant_id, url FROM webhook_endpoints WHERE id = :id")
                    .param("id", endpointId)
                    .query((row, n) -> {
                        UUID tenant = row.getObject("tenant_id", UUID.class);
                        UUID id = UUID.randomUUID();
                        WebhookEventType type = WebhookEventType.WEBHOOK_ENDPOINT_DISABLED;
                        Map<String, Object> data = new LinkedHashMap<>();
                        data.put("id", endpointId.toString());
                        data.put("url", row.getString("url"));
                        data.put("disabled_reason", reason);
                        return new WebhookEvent(id, tenant, type, null, at,
                                WebhookPayloads.envelope(id, tenant, type, at, data));
                    })
                    .single();
            subscriptions.changed(event.tenantId());
            append(event, subscribers(event.tenantId(), event.type()));
        });
    }

    @Override
    public List<WebhookEvent> events(UUID tenantId, WebhookEventType type, Instant since, int limit) {
        return jdbc.sql("SELECT " + EVENT_COLUMNS + " FROM webhook_events WHERE tenant_id = :tenant"
                        + (type == null ? "" : " AND type = :type") + (since == null ? "" : " AND created_at >= :since")
                        + " ORDER BY seq DESC LIMIT :limit")
                .param("tenant", tenantId).param("limit", limit)
                .params(optional("type", type == null ? null : type.code(), "since", SqlTime.timestamp(since)))
                .query(JdbcWebhookOutbox::event).list();
    }

    @Override
    public Optional<WebhookEvent> event(UUID tenantId, UUID eventId) {
        return jdbc.sql("SELECT " + EVENT_COLUMNS + " FROM webhook_events WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenantId).param("id", eventId).query(JdbcWebhookOutbox::event).optional();
    }

    @Override
    public List<WebhookEvent> eventsSince(UUID tenantId, List<WebhookEventType> types, Instant since, int limit) {
        return jdbc.sql("SELECT " + EVENT_COLUMNS + " FROM webhook_events WHERE tenant_id = :tenant AND type IN (:types) "
                        + "AND created_at >= :since ORDER BY seq LIMIT :limit")
                .param("tenant", tenantId).param("types", types.stream().map(WebhookEventType::code).toList())
                .param("since", SqlTime.timestamp(since)).param("limit", limit)
                .query(JdbcWebhookOutbox::event).list();
    }

    @Override
    public List<WebhookDelivery> deliveriesOfEvent(UUID eventId) {
        return withAttempts(jdbc.sql(DELIVERY_SELECT + "WHERE d.event_id = :event ORDER BY d.queued_at DESC, d.id")
                .param("event", eventId).query(JdbcWebhookOutbox::deliveryRow).list());
    }

    @Override
    public List<WebhookDelivery> deliveriesToEndpoint(UUID endpointId, int limit) {
        return withAttempts(jdbc.sql(DELIVERY_SELECT + "WHERE d.endpoint_id = :endpoint "
                        + "ORDER BY d.queued_at DESC, d.seq DESC LIMIT :limit")
                .param("endpoint", endpointId).param("limit", limit).query(JdbcWebhookOutbox::deliveryRow).list());
    }

    @Override
    public void requeue(WebhookEvent event, List<UUID> endpointIds, Instant now) {
        transactions.executeWithoutResult(status -> {
            for (UUID endpoint : endpointIds) {
                int queued = jdbc.sql("UPDATE webhook_deliveries SET status = 'PENDING', attempts = 0, "
                                + "next_attempt_at = :now, queued_at = :now, updated_at = :now "
                                + "WHERE event_id = :event AND endpoint_id = :endpoint")
                        .param("now", SqlTime.timestamp(now)).param("event", event.id()).param("endpoint", endpoint)
                        .update();
                if (queued == 0) {
                    insertDelivery(event, endpoint, now);
                }
            }
        });
    }

    /** Each delivery with its attempts, newest first, read in one more query. */
    private List<WebhookDelivery> withAttempts(List<WebhookDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return deliveries;
        }
        Map<UUID, List<DeliveryAttempt>> attempts = new HashMap<>();
        jdbc.sql("SELECT delivery_id, attempted_at, status_code, latency_ms, response_excerpt, error "
                        + "FROM webhook_attempts WHERE delivery_id IN (:ids) ORDER BY attempted_at DESC, id")
                .param("ids", deliveries.stream().map(WebhookDelivery::id).toList())
                .query((row, n) -> {
                    attempts.computeIfAbsent(row.getObject("delivery_id", UUID.class), id -> new ArrayList<>())
                            .add(new DeliveryAttempt(SqlTime.instant(row, "attempted_at"),
                                    row.getObject("status_code", Integer.class), row.getLong("latency_ms"),
                                    row.getString("response_excerpt"), row.getString("error")));
                    return 0;
                }).list();
        return deliveries.stream().map(delivery -> new WebhookDelivery(delivery.id(), delivery.eventId(),
                delivery.eventType(), delivery.endpointId(), delivery.status(), delivery.attemptCount(),
                delivery.nextAttemptAt(), attempts.getOrDefault(delivery.id(), List.of()))).toList();
    }

    private static WebhookDelivery deliveryRow(ResultSet row, int n) throws SQLException {
        return new WebhookDelivery(row.getObject("id", UUID.class), row.getObject("event_id", UUID.class),
                WebhookEventType.fromCode(row.getString("type")).orElseThrow(), row.getObject("endpoint_id", UUID.class),
                row.getString("status"), row.getInt("attempts"), SqlTime.instant(row, "next_attempt_at"), List.of());
    }

    private static WebhookEvent event(ResultSet row, int n) throws SQLException {
        return new WebhookEvent(row.getObject("id", UUID.class), row.getObject("tenant_id", UUID.class),
                WebhookEventType.fromCode(row.getString("type")).orElseThrow(),
                row.getObject("document_id", UUID.class), SqlTime.instant(row, "created_at"), row.getString("payload"));
    }

    private static Map<String, Object> optional(String name, Object value, String otherName, Object other) {
        Map<String, Object> params = new HashMap<>();
        if (value != null) {
            params.put(name, value);
        }
        if (other != null) {
            params.put(otherName, other);
        }
        return params;
    }

    private static Delivery delivery(ResultSet row, int n) throws SQLException {
        WebhookEvent event = new WebhookEvent(row.getObject("id", UUID.class), row.getObject("tenant_id", UUID.class),
                WebhookEventType.fromCode(row.getString("type")).orElseThrow(),
                row.getObject("document_id", UUID.class), SqlTime.instant(row, "created_at"), row.getString("payload"));
        return new Delivery(row.getObject("delivery_id", UUID.class), event, row.getObject("endpoint_id", UUID.class),
                URI.create(row.getString("url")), row.getInt("attempts"), SqlTime.instant(row, "queued_at"));
    }
}
