package co.factusapi.adapter.out.export;

import co.factusapi.adapter.out.persistence.SqlTime;
import co.factusapi.application.port.out.ExportLedger;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.export.ExportedDocument;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ledger table {@code documents} read for an export, a page at a time by id (keyset pagination). */
public final class JdbcExportLedger implements ExportLedger {
    private static final String WHERE = " FROM documents WHERE tenant_id = :tenant_id AND kind IN (:kinds) "
            + "AND status IN (:statuses) AND COALESCE(issued_at, created_at) >= :from "
            + "AND COALESCE(issued_at, created_at) < :until";

    private final JdbcClient jdbc;

    public JdbcExportLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long count(UUID tenantId, Criteria criteria) {
        return criteria(jdbc.sql("SELECT COUNT(*)" + WHERE), tenantId, criteria).query(Long.class).single();
    }

    @Override
    public List<ExportedDocument> page(UUID tenantId, Criteria criteria, UUID after, int limit) {
        String sql = "SELECT id, tenant_id, kind, number, status, issued_at, party_identification, party_name, "
                + "gross_value, tax_amount, total, unique_code" + WHERE + (after == null ? "" : " AND id > :after")
                + " ORDER BY id LIMIT :limit";
        JdbcClient.StatementSpec statement = criteria(jdbc.sql(sql), tenantId, criteria).param("limit", limit);
        if (after != null) {
            statement = statement.param("after", after);
        }
        return statement.query((rs, n) -> document(rs)).list();
    }

    private static JdbcClient.StatementSpec criteria(JdbcClient.StatementSpec statement, UUID tenantId,
                                                     Criteria criteria) {
        return statement.param("tenant_id", tenantId)
                .param("kinds", criteria.kinds().stream().map(Enum::name).toList())
                .param("statuses", criteria.statuses().stream().map(Enum::name).toList())
                .param("from", SqlTime.timestamp(criteria.from()))
                .param("until", SqlTime.timestamp(criteria.until()));
    }

    private static ExportedDocument document(ResultSet rs) throws SQLException {
        return new ExportedDocument(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                DocumentKind.valueOf(rs.getString("kind")), rs.getString("number"),
                DocumentStatus.valueOf(rs.getString("status")), SqlTime.instant(rs, "issued_at"),
                rs.getString("party_identification"), rs.getString("party_name"), rs.getBigDecimal("gross_value"),
                rs.getBigDecimal("tax_amount"), rs.getBigDecimal("total"), rs.getString("unique_code"));
    }
}
