package co.factusapi.adapter.out.persistence;

import co.factusapi.application.port.out.InvoiceRepository;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.DocumentTotals;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.invoice.Invoice;
import co.factusapi.domain.invoice.InvoiceQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The invoice ledger in SQL (PostgreSQL or H2), one auto-committed statement per call. */
public class JdbcInvoiceRepository implements InvoiceRepository {
    private static final String COLUMNS = "id, account_id, reference_code, status, prefix, number, cufe, qr_url, "
            + "customer_identification, customer_name, gross_value, tax_amount, total, upstream_errors, "
            + "request_payload, created_by, created_at, updated_at, issued_at";

    private final JdbcClient jdbc;

    public JdbcInvoiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Invoice invoice) {
        try {
            jdbc.sql("INSERT INTO invoices (" + COLUMNS + ") VALUES (:id, :account_id, :reference_code, :status, "
                            + ":prefix, :number, :cufe, :qr_url, :customer_identification, :customer_name, :gross_value, "
                            + ":tax_amount, :total, :upstream_errors, :request_payload, :created_by, :created_at, "
                            + ":updated_at, :issued_at)")
                    .params(InvoiceRow.params(invoice))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("invoice-in-progress", "Reference code " + invoice.referenceCode()
                    + " is already being issued. Retry in a few seconds.");
        }
    }

    /** Settles an attempt: its request was stored when it began, so it is not written (nor serialised) again. */
    @Override
    public void update(Invoice invoice) {
        jdbc.sql(updateSql(false, "")).params(InvoiceRow.outcomeParams(invoice)).update();
    }

    @Override
    public boolean transition(Invoice next, DocumentStatus expected) {
        return jdbc.sql(updateSql(true, " AND status = :expected_status"))
                .params(InvoiceRow.params(next))
                .param("expected_status", expected.name())
                .update() == 1;
    }

    @Override
    public boolean takeOver(Invoice next, Invoice current) {
        return jdbc.sql(updateSql(true, " AND status = :expected_status AND updated_at = :expected_updated_at"))
                .params(InvoiceRow.params(next))
                .param("expected_status", current.status().name())
                .param("expected_updated_at", timestamp(current.updatedAt()))
                .update() == 1;
    }

    @Override
    public Optional<Invoice> findByReference(UUID accountId, String referenceCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invoices WHERE account_id = :account AND reference_code = :reference")
                .param("account", accountId)
                .param("reference", referenceCode)
                .query(JdbcInvoiceRepository::map)
                .optional();
    }

    @Override
    public Optional<Invoice> findByNumber(UUID accountId, String number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invoices WHERE account_id = :account AND number = :number "
                        + "ORDER BY updated_at DESC")
                .param("account", accountId)
                .param("number", number)
                .query(JdbcInvoiceRepository::map)
                .list().stream().findFirst();
    }

    @Override
    public Page<Invoice> search(UUID accountId, InvoiceQuery query) {
        List<String> conditions = new ArrayList<>(List.of("account_id = :account"));
        var params = new java.util.HashMap<String, Object>();
        params.put("account", accountId);
        addFilter(conditions, params, "status", query.status() == null ? null : query.status().name());
        addFilter(conditions, params, "reference_code", query.referenceCode());
        addFilter(conditions, params, "number", query.number());
        addFilter(conditions, params, "customer_identification", query.customerIdentification());
        if (query.createdFrom() != null) {
            conditions.add("created_at >= :created_from");
            params.put("created_from", timestamp(query.createdFrom()));
        }
        if (query.createdTo() != null) {
            conditions.add("created_at < :created_to");
            params.put("created_to", timestamp(query.createdTo()));
        }
        String where = " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT COUNT(*) FROM invoices" + where).params(params).query(Long.class).single();
        List<Invoice> items = jdbc.sql("SELECT " + COLUMNS + " FROM invoices" + where
                        + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", query.size())
                .param("offset", query.offset())
                .query(JdbcInvoiceRepository::map)
                .list();
        return new Page<>(items, query.page(), query.size(), total);
    }

    @Override
    public List<Invoice> findUnsettled(UUID accountId, Instant pendingBefore, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invoices WHERE account_id = :account AND (status = 'UNKNOWN' "
                        + "OR (status = 'PENDING' AND updated_at < :pending_before)) ORDER BY updated_at LIMIT :limit")
                .param("account", accountId)
                .param("pending_before", timestamp(pendingBefore))
                .param("limit", limit)
                .query(JdbcInvoiceRepository::map)
                .list();
    }

    @Override
    public long countUnsettled(UUID accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM invoices WHERE account_id = :account AND status IN ('UNKNOWN', 'PENDING')")
                .param("account", accountId)
                .query(Long.class)
                .single();
    }

    @Override
    public void markUpstreamDelete(UUID invoiceId, boolean needed) {
        jdbc.sql("UPDATE invoices SET needs_upstream_delete = :needed WHERE id = :id")
                .param("needed", needed)
                .param("id", invoiceId)
                .update();
    }

    @Override
    public List<Invoice> findNeedingUpstreamDelete(UUID accountId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invoices WHERE account_id = :account AND needs_upstream_delete "
                        + "ORDER BY updated_at LIMIT :limit")
                .param("account", accountId)
                .param("limit", limit)
                .query(JdbcInvoiceRepository::map)
                .list();
    }

    private static void addFilter(List<String> conditions, java.util.Map<String, Object> params, String column, String value) {
        if (value != null) {
            conditions.add(column + " = :" + column);
            params.put(column, value);
        }
    }

    private static String updateSql(boolean withRequest, String extraCondition) {
        return "UPDATE invoices SET status = :status, prefix = :prefix, number = :number, cufe = :cufe, qr_url = :qr_url, "
                + "customer_identification = :customer_identification, customer_name = :customer_name, "
                + "gross_value = :gross_value, tax_amount = :tax_amount, total = :total, upstream_errors = :upstream_errors, "
                + (withRequest ? "request_payload = :request_payload, " : "")
                + "updated_at = :updated_at, issued_at = :issued_at WHERE id = :id" + extraCondition;
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Invoice map(ResultSet rs, int row) throws SQLException {
        DocumentTotals totals = rs.getBigDecimal("total") == null ? null : new DocumentTotals(
                rs.getBigDecimal("gross_value"), rs.getBigDecimal("tax_amount"), rs.getBigDecimal("total"));
        return new Invoice(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getString("reference_code"), DocumentStatus.valueOf(rs.getString("status")), rs.getString("prefix"),
                rs.getString("number"), rs.getString("cufe"), rs.getString("qr_url"),
                rs.getString("customer_identification"), rs.getString("customer_name"), totals,
                LedgerJson.readErrors(rs.getString("upstream_errors")), LedgerJson.readRequest(rs.getString("request_payload")),
                rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "issued_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
