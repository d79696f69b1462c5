package co.factusapi.adapter.out.persistence;

import co.factusapi.application.port.out.CreditNoteRepository;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.creditnote.CreditNote;
import co.factusapi.domain.creditnote.CreditNoteConcept;
import co.factusapi.domain.creditnote.CreditNoteQuery;
import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.DocumentTotals;
import co.factusapi.domain.error.ConflictException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The credit-note ledger in SQL (PostgreSQL or H2). Reads and settlements are single auto-committed statements; a
 * reservation is one short transaction that locks the invoice row ({@code SELECT ... FOR UPDATE}), so concurrent
 * reservations on one invoice run one after the other and each sees the amounts the previous ones hold.
 */
public class JdbcCreditNoteRepository implements CreditNoteRepository {
    private static final String COLUMNS = "id, account_id, invoice_id, invoice_number, reference_code, "
            + "correction_concept, status, prefix, number, cude, qr_url, gross_value, tax_amount, total, "
            + "upstream_errors, request_payload, created_by, created_at, updated_at, issued_at";
    private static final String HOLDING_STATUSES = "('PENDING', 'ISSUED', 'UNKNOWN')";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public JdbcCreditNoteRepository(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public boolean reserve(CreditNote note, DocumentStatus replaced, BigDecimal limit) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> reserveLocked(note, replaced, limit)));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("credit-note-in-progress", "Reference code " + note.referenceCode()
                    + " is already being issued. Retry in a few seconds.");
        }
    }

    private boolean reserveLocked(CreditNote note, DocumentStatus replaced, BigDecimal limit) {
        jdbc.sql("SELECT id FROM invoices WHERE id = :invoice FOR UPDATE").param("invoice", note.invoiceId())
                .query(UUID.class).list();
        BigDecimal held = jdbc.sql("SELECT COALESCE(SUM(total), 0) FROM credit_notes WHERE invoice_id = :invoice "
                        + "AND id <> :id AND status IN " + HOLDING_STATUSES)
                .param("invoice", note.invoiceId())
                .param("id", note.id())
                .query(BigDecimal.class).single();
        if (held.add(note.totals().total()).compareTo(limit) > 0) {
            return false;
        }
        if (replaced == null) {
            jdbc.sql("INSERT INTO credit_notes (" + COLUMNS + ") VALUES (:id, :account_id, :invoice_id, "
                            + ":invoice_number, :reference_code, :correction_concept, :status, :prefix, :number, :cude, "
                            + ":qr_url, :gross_value, :tax_amount, :total, :upstream_errors, :request_payload, "
                            + ":created_by, :created_at, :updated_at, :issued_at)")
                    .params(params(note)).update();
        } else if (!transition(note, replaced)) {
            throw new ConflictException("credit-note-in-progress", "Another attempt with reference code "
                    + note.referenceCode() + " started at the same time. Retry in a few seconds.");
        }
        return true;
    }

    @Override
    public void update(CreditNote note) {
        jdbc.sql(updateSql("")).params(params(note)).update();
    }

    @Override
    public boolean transition(CreditNote next, DocumentStatus expected) {
        return jdbc.sql(updateSql(" AND status = :expected_status")).params(params(next))
                .param("expected_status", expected.name()).update() == 1;
    }

    @Override
    public Optional<CreditNote> findByReference(UUID accountId, String referenceCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credit_notes WHERE account_id = :account "
                        + "AND reference_code = :reference")
                .param("account", accountId).param("reference", referenceCode)
                .query(JdbcCreditNoteRepository::map).optional();
    }

    @Override
    public Optional<CreditNote> findByNumber(UUID accountId, String number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credit_notes WHERE account_id = :account AND number = :number "
                        + "ORDER BY updated_at DESC")
                .param("account", accountId).param("number", number)
                .query(JdbcCreditNoteRepository::map).list().stream().findFirst();
    }

    @Override
    public List<CreditNote> findByInvoice(UUID invoiceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credit_notes WHERE invoice_id = :invoice ORDER BY created_at, id")
                .param("invoice", invoiceId).query(JdbcCreditNoteRepository::map).list();
    }

    @Override
    public Page<CreditNote> search(UUID accountId, CreditNoteQuery query) {
        List<String> conditions = new ArrayList<>(List.of("account_id = :account"));
        Map<String, Object> params = new HashMap<>();
        params.put("account", accountId);
        filter(conditions, params, "status = :status", "status", query.status() == null ? null : query.status().name());
        filter(conditions, params, "reference_code = :reference_code", "reference_code", query.referenceCode());
        filter(conditions, params, "invoice_number = :invoice_number", "invoice_number", query.invoiceNumber());
        filter(conditions, params, "created_at >= :created_from", "created_from",
                JdbcInvoiceRepository.timestamp(query.createdFrom()));
        filter(conditions, params, "created_at < :created_to", "created_to",
                JdbcInvoiceRepository.timestamp(query.createdTo()));
        String where = " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT COUNT(*) FROM credit_notes" + where).params(params).query(Long.class).single();
        List<CreditNote> items = jdbc.sql("SELECT " + COLUMNS + " FROM credit_notes" + where
                        + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", query.size()).param("offset", query.offset())
                .query(JdbcCreditNoteRepository::map).list();
        return new Page<>(items, query.page(), query.size(), total);
    }

    private static void filter(List<String> conditions, Map<String, Object> params, String condition, String name,
                               Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
    }

    private static String updateSql(String extraCondition) {
        return "UPDATE credit_notes SET status = :status, correction_concept = :correction_concept, prefix = :prefix, "
                + "number = :number, cude = :cude, qr_url = :qr_url, gross_value = :gross_value, "
                + "tax_amount = :tax_amount, total = :total, upstream_errors = :upstream_errors, "
                + "request_payload = :request_payload, updated_at = :updated_at, issued_at = :issued_at "
                + "WHERE id = :id" + extraCondition;
    }

    private static Map<String, Object> params(CreditNote note) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", note.id());
        params.put("account_id", note.accountId());
        params.put("invoice_id", note.invoiceId());
        params.put("invoice_number", note.invoiceNumber());
        params.put("reference_code", note.referenceCode());
        params.put("correction_concept", note.correctionConcept().name());
        params.put("status", note.status().name());
        params.put("prefix", note.prefix());
        params.put("number", note.number());
        params.put("cude", note.cude());
        params.put("qr_url", note.qrUrl());
        params.put("gross_value", note.totals().grossValue());
        params.put("tax_amount", note.totals().taxAmount());
        params.put("total", note.totals().total());
        params.put("upstream_errors", note.errors().isEmpty() ? null : LedgerJson.write(note.errors()));
        params.put("request_payload", LedgerJson.write(note.request()));
        params.put("created_by", note.createdBy());
        params.put("created_at", JdbcInvoiceRepository.timestamp(note.createdAt()));
        params.put("updated_at", JdbcInvoiceRepository.timestamp(note.updatedAt()));
        params.put("issued_at", JdbcInvoiceRepository.timestamp(note.issuedAt()));
        return params;
    }

    private static CreditNote map(ResultSet rs, int row) throws SQLException {
        return new CreditNote(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getObject("invoice_id", UUID.class), rs.getString("invoice_number"), rs.getString("reference_code"),
                CreditNoteConcept.valueOf(rs.getString("correction_concept")), DocumentStatus.valueOf(rs.getString("status")),
                rs.getString("prefix"), rs.getString("number"), rs.getString("cude"), rs.getString("qr_url"),
                new DocumentTotals(rs.getBigDecimal("gross_value"), rs.getBigDecimal("tax_amount"), rs.getBigDecimal("total")),
                LedgerJson.readErrors(rs.getString("upstream_errors")),
                LedgerJson.read(rs.getString("request_payload"), CreditNoteRequest.class), rs.getString("created_by"),
                instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "issued_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return JdbcInvoiceRepository.instant(rs, column);
    }
}
