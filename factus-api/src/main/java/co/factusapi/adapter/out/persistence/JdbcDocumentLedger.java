package co.factusapi.adapter.out.persistence;

import co.factusapi.application.port.out.DocumentLedger;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentQuery;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.DocumentTally;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The document ledger in SQL (PostgreSQL or H2). Reads are single auto-committed statements; a settlement or takeover
 * is one short transaction that also writes the webhook events of the change (transactional outbox: an event exists
 * exactly when its change committed); a reservation is one short transaction that locks the corrected document's row ({@code SELECT ... FOR UPDATE}), so
 * concurrent reservations on one document run one after the other and each sees the amounts the others hold.
 */
public class JdbcDocumentLedger implements DocumentLedger {
    private static final String HOLDING_STATUSES = "('PENDING', 'ISSUED', 'UNKNOWN')";
    private static final String TALLY = "SELECT kind, status, COUNT(*) AS documents, COALESCE(SUM(total), 0) AS amount"
            + " FROM documents WHERE tenant_id = :account";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JdbcInstanceRegistry instances;
    private final JdbcWebhookOutbox outbox;

    public JdbcDocumentLedger(JdbcClient jdbc, TransactionTemplate transactions, JdbcInstanceRegistry instances,
                              JdbcWebhookOutbox outbox) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.instances = instances;
        this.outbox = outbox;
    }

    public JdbcDocumentLedger(JdbcClient jdbc, TransactionTemplate transactions, JdbcInstanceRegistry instances) {
        this(jdbc, transactions, instances, new JdbcWebhookOutbox(jdbc, transactions));
    }

    @Override
    public void insert(LedgerEntry<?> entry) {
        try {
            jdbc.sql(DocumentRow.INSERT).params(DocumentRow.params(entry)).param("holder", instances.self()).update();
        } catch (DuplicateKeyException e) {
            throw inProgress(entry);
        }
    }

    @Override
    public boolean reserve(LedgerEntry<?> note, LedgerEntry<?> replaced, BigDecimal limit) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> reserveLocked(note, replaced, limit)));
        } catch (DuplicateKeyException e) {
            throw inProgress(note);
        }
    }

    private boolean reserveLocked(LedgerEntry<?> note, LedgerEntry<?> replaced, BigDecimal limit) {
        jdbc.sql("SELECT id FROM documents WHERE id = :parent FOR UPDATE").param("parent", note.parent().id())
                .query(UUID.class).list();
        BigDecimal held = jdbc.sql("SELECT COALESCE(SUM(total), 0) FROM documents WHERE parent_id = :parent "
                        + "AND kind = :kind AND id <> :id AND status IN " + HOLDING_STATUSES)
                .param("parent", note.parent().id())
                .param("kind", note.kind().name())
                .param("id", note.id())
                .query(BigDecimal.class).single();
        if (held.add(note.totals().total()).compareTo(limit) > 0) {
            return false;
        }
        if (replaced == null) {
            jdbc.sql(DocumentRow.INSERT).params(DocumentRow.params(note)).param("holder", instances.self()).update();
        } else if (!takeOver(note, replaced)) {
            throw inProgress(note);
        }
        return true;
    }

    /**
     * Settles an attempt: its request was stored when it began, so it is not written (nor serialised) again. The
     * usual case, a row still PENDING, is one UPDATE that also returns the row's {@code unknown_announced} (JDBC's
     * generated keys: PostgreSQL's {@code RETURNING}); a row something else changed meanwhile is locked and read first.
     */
    @Override
    public void update(LedgerEntry<?> entry) {
        transactions.executeWithoutResult(status -> {
            GeneratedKeyHolder settledPending = new GeneratedKeyHolder();
            jdbc.sql(DocumentRow.update(false, " AND status = 'PENDING'")).params(DocumentRow.outcomeParams(entry))
                    .update(settledPending, "unknown_announced");
            if (!settledPending.getKeyList().isEmpty()) {
                Object announced = settledPending.getKeyList().getFirst().values().iterator().next();
                outbox.documentChanged(DocumentStatus.PENDING, () -> Boolean.TRUE.equals(announced), entry);
                return;
            }
            Optional<Before> before = jdbc.sql("SELECT status, unknown_announced FROM documents WHERE id = :id "
                            + "FOR UPDATE")
                    .param("id", entry.id())
                    .query((row, n) -> new Before(DocumentStatus.valueOf(row.getString("status")),
                            row.getBoolean("unknown_announced")))
                    .optional();
            jdbc.sql(DocumentRow.update(false, "")).params(DocumentRow.outcomeParams(entry)).update();
            before.ifPresent(previous -> outbox.documentChanged(previous.status(), previous::unknownAnnounced, entry));
        });
    }

    @Override
    public boolean takeOver(LedgerEntry<?> next, LedgerEntry<?> current) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            boolean taken = jdbc.sql(DocumentRow.update(true,
                            " AND status = :expected_status AND updated_at = :expected_updated_at"))
                    .params(DocumentRow.params(next))
                    .param("holder", instances.self())
                    .param("expected_status", current.status().name())
                    .param("expected_updated_at", SqlTime.timestamp(current.updatedAt()))
                    .update() == 1;
            if (taken) {
                outbox.documentChanged(current.status(), () -> unknownAnnounced(next.id()), next);
            }
            return taken;
        }));
    }

    private boolean unknownAnnounced(UUID id) {
        return jdbc.sql("SELECT unknown_announced FROM documents WHERE id = :id").param("id", id)
                .query(Boolean.class).single();
    }

    /** The row as a settlement found it, locked. */
    private record Before(DocumentStatus status, boolean unknownAnnounced) {
    }

    @Override
    public boolean abandoned(LedgerEntry<?> pending) {
        return jdbc.sql("SELECT holder FROM documents WHERE id = :id").param("id", pending.id()).query(String.class)
                .optional().map(holder -> !instances.alive(holder)).orElse(false);
    }

    @Override
    public Optional<LedgerEntry<?>> findByReference(UUID tenantId, DocumentKind kind, String referenceCode) {
        return select("tenant_id = :account AND kind = :kind AND reference_code = :reference", "")
                .param("account", tenantId).param("kind", kind.name()).param("reference", referenceCode)
                .query(DocumentRow::map).optional().map(entry -> entry);
    }

    @Override
    public Optional<LedgerEntry<?>> findByNumber(UUID tenantId, DocumentKind kind, String number) {
        return select("tenant_id = :account AND kind = :kind AND number = :number", " ORDER BY updated_at DESC")
                .param("account", tenantId).param("kind", kind.name()).param("number", number)
                .query(DocumentRow::map).list().stream().findFirst().map(entry -> entry);
    }

    @Override
    public List<LedgerEntry<?>> findCorrections(UUID parentId, DocumentKind kind) {
        return entries(select("parent_id = :parent AND kind = :kind", " ORDER BY created_at, id")
                .param("parent", parentId).param("kind", kind.name()));
    }

    @Override
    public Page<LedgerEntry<?>> search(UUID tenantId, DocumentQuery query) {
        List<String> conditions = new ArrayList<>(List.of("tenant_id = :account", "kind = :kind"));
        Map<String, Object> params = new HashMap<>();
        params.put("account", tenantId);
        params.put("kind", query.kind().name());
        filter(conditions, params, "status = :status", "status", query.status() == null ? null : query.status().name());
        filter(conditions, params, "reference_code = :reference_code", "reference_code", query.referenceCode());
        filter(conditions, params, "number = :number", "number", query.number());
        filter(conditions, params, "party_identification = :party", "party", query.partyIdentification());
        filter(conditions, params, "parent_number = :parent_number", "parent_number", query.correctedNumber());
        filter(conditions, params, "created_at >= :created_from", "created_from", SqlTime.timestamp(query.createdFrom()));
        filter(conditions, params, "created_at < :created_to", "created_to", SqlTime.timestamp(query.createdTo()));
        String where = String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT COUNT(*) FROM documents WHERE " + where).params(params).query(Long.class).single();
        // Deferred join: the page's ids are found in the listing index alone (V21), however deep the page; only its
        // own rows are then read from the table.
        List<LedgerEntry<?>> items = entries(select("id IN (SELECT id FROM documents WHERE " + where
                        + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset)", " ORDER BY created_at DESC, id")
                .params(params).param("limit", query.size()).param("offset", query.offset()));
        return new Page<>(items, query.page(), query.size(), total);
    }

    @Override
    public List<DocumentTally> tally(UUID tenantId, Instant createdFrom, Instant createdTo) {
        return tallies(jdbc.sql(TALLY + " AND created_at >= :created_from AND created_at < :created_to"
                        + " GROUP BY kind, status")
                .param("account", tenantId)
                .param("created_from", SqlTime.timestamp(createdFrom))
                .param("created_to", SqlTime.timestamp(createdTo)));
    }

    @Override
    public List<DocumentTally> tallyUnsettled(UUID tenantId) {
        return tallies(jdbc.sql(TALLY + " AND status IN ('UNKNOWN', 'PENDING') GROUP BY kind, status")
                .param("account", tenantId));
    }

    @Override
    public List<LedgerEntry<?>> findNeedingAttention(UUID tenantId, Instant rejectedSince, int limit) {
        return entries(select("tenant_id = :account AND (status IN ('UNKNOWN', 'PENDING') OR (status = 'REJECTED' "
                + "AND created_at >= :rejected_since))", " ORDER BY updated_at DESC, id LIMIT :limit")
                .param("account", tenantId)
                .param("rejected_since", SqlTime.timestamp(rejectedSince))
                .param("limit", limit));
    }

    private static List<DocumentTally> tallies(JdbcClient.StatementSpec statement) {
        return statement.query((rs, row) -> new DocumentTally(DocumentKind.valueOf(rs.getString("kind")),
                DocumentStatus.valueOf(rs.getString("status")), rs.getLong("documents"), rs.getBigDecimal("amount")))
                .list();
    }

    @Override
    public List<LedgerEntry<?>> findUnsettled(UUID tenantId, Instant pendingBefore, int limit) {
        return entries(select("tenant_id = :account AND (status = 'UNKNOWN' OR (status = 'PENDING' "
                + "AND (updated_at < :pending_before OR holder NOT IN (:alive))))", " ORDER BY updated_at LIMIT :limit")
                .param("account", tenantId)
                .param("alive", List.copyOf(instances.aliveIds()))
                .param("pending_before", SqlTime.timestamp(pendingBefore))
                .param("limit", limit));
    }

    @Override
    public long countUnsettled(UUID tenantId) {
        return jdbc.sql("SELECT COUNT(*) FROM documents WHERE tenant_id = :account AND status IN ('UNKNOWN', 'PENDING')")
                .param("account", tenantId)
                .query(Long.class)
                .single();
    }

    @Override
    public void markUpstreamDelete(UUID entryId, boolean needed) {
        jdbc.sql("UPDATE documents SET needs_upstream_delete = :needed WHERE id = :id")
                .param("needed", needed)
                .param("id", entryId)
                .update();
    }

    @Override
    public List<LedgerEntry<?>> findNeedingUpstreamDelete(UUID tenantId, int limit) {
        return entries(select("tenant_id = :account AND needs_upstream_delete", " ORDER BY updated_at LIMIT :limit")
                .param("account", tenantId)
                .param("limit", limit));
    }

    private JdbcClient.StatementSpec select(String where, String tail) {
        return jdbc.sql("SELECT " + DocumentRow.COLUMNS + " FROM documents WHERE " + where + tail);
    }

    private static List<LedgerEntry<?>> entries(JdbcClient.StatementSpec statement) {
        return new ArrayList<>(statement.query(DocumentRow::map).list());
    }

    private static void filter(List<String> conditions, Map<String, Object> params, String condition, String name,
                               Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
    }

    private static ConflictException inProgress(LedgerEntry<?> entry) {
        return new ConflictException(entry.kind().slug() + "-in-progress", "Reference code " + entry.referenceCode()
                + " is already being issued. Retry in a few seconds.");
    }
}
