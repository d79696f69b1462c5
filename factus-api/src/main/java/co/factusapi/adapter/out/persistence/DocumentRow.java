package co.factusapi.adapter.out.persistence;

import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentLink;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.DocumentTotals;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.document.Party;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A ledger entry as a row of {@code documents}. */
final class DocumentRow {
    static final String COLUMNS = "id, tenant_id, kind, reference_code, status, prefix, number, unique_code, qr_url, "
            + "party_identification, party_name, parent_id, parent_number, gross_value, tax_amount, total, "
            + "upstream_errors, request_payload, created_by, idempotency_key, created_at, updated_at, issued_at";
    /** {@code :holder} is the instance that runs the attempt (docs/reliability.md). */
    static final String INSERT = "INSERT INTO documents (" + COLUMNS + ", holder) VALUES (:id, :tenant_id, :kind, "
            + ":reference_code, :status, :prefix, :number, :unique_code, :qr_url, :party_identification, :party_name, "
            + ":parent_id, :parent_number, :gross_value, :tax_amount, :total, :upstream_errors, :request_payload, "
            + ":created_by, :idempotency_key, :created_at, :updated_at, :issued_at, :holder)";

    private DocumentRow() {
    }

    /**
     * {@code withRequest}: a new attempt writes its request, its Idempotency-Key and its {@code :holder}; a settlement
     * does not write (nor serialise) them again.
     */
    static String update(boolean withRequest, String extraCondition) {
        return "UPDATE documents SET status = :status, prefix = :prefix, number = :number, unique_code = :unique_code, "
                + "qr_url = :qr_url, party_identification = :party_identification, party_name = :party_name, "
                + "gross_value = :gross_value, tax_amount = :tax_amount, total = :total, upstream_errors = :upstream_errors, "
                + (withRequest ? "request_payload = :request_payload, idempotency_key = :idempotency_key, "
                + "holder = :holder, " : "")
                + "updated_at = :updated_at, issued_at = :issued_at WHERE id = :id" + extraCondition;
    }

    static Map<String, Object> params(LedgerEntry<?> entry) {
        Map<String, Object> params = outcomeParams(entry);
        params.put("request_payload", LedgerJson.write(entry.request()));
        return params;
    }

    /** Everything but the request, which is written once per attempt. */
    static Map<String, Object> outcomeParams(LedgerEntry<?> entry) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", entry.id());
        params.put("tenant_id", entry.tenantId());
        params.put("kind", entry.kind().name());
        params.put("reference_code", entry.referenceCode());
        params.put("status", entry.status().name());
        params.put("prefix", entry.prefix());
        params.put("number", entry.number());
        params.put("unique_code", entry.uniqueCode());
        params.put("qr_url", entry.qrUrl());
        params.put("party_identification", entry.party() == null ? null : entry.party().identification());
        params.put("party_name", entry.party() == null ? null : entry.party().name());
        params.put("parent_id", entry.parent() == null ? null : entry.parent().id());
        params.put("parent_number", entry.parent() == null ? null : entry.parent().number());
        params.put("gross_value", entry.totals() == null ? null : entry.totals().grossValue());
        params.put("tax_amount", entry.totals() == null ? null : entry.totals().taxAmount());
        params.put("total", entry.totals() == null ? null : entry.totals().total());
        params.put("upstream_errors", entry.errors().isEmpty() ? null : LedgerJson.write(entry.errors()));
        params.put("created_by", entry.createdBy());
        params.put("idempotency_key", entry.idempotencyKey());
        params.put("created_at", SqlTime.timestamp(entry.createdAt()));
        params.put("updated_at", SqlTime.timestamp(entry.updatedAt()));
        params.put("issued_at", SqlTime.timestamp(entry.issuedAt()));
        return params;
    }

    static LedgerEntry<?> map(ResultSet rs, int row) throws SQLException {
        DocumentKind kind = DocumentKind.valueOf(rs.getString("kind"));
        DocumentTotals totals = rs.getBigDecimal("total") == null ? null : new DocumentTotals(
                rs.getBigDecimal("gross_value"), rs.getBigDecimal("tax_amount"), rs.getBigDecimal("total"));
        UUID parentId = rs.getObject("parent_id", UUID.class);
        String partyIdentification = rs.getString("party_identification");
        return new LedgerEntry<>(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), kind,
                rs.getString("reference_code"), DocumentStatus.valueOf(rs.getString("status")), rs.getString("prefix"),
                rs.getString("number"), rs.getString("unique_code"), rs.getString("qr_url"),
                partyIdentification == null ? null : new Party(partyIdentification, rs.getString("party_name")),
                parentId == null ? null : new DocumentLink(parentId, rs.getString("parent_number")), totals,
                LedgerJson.readErrors(rs.getString("upstream_errors")),
                LedgerJson.readRequest(rs.getString("request_payload"), kind), rs.getString("created_by"),
                rs.getString("idempotency_key"), SqlTime.instant(rs, "created_at"), SqlTime.instant(rs, "updated_at"),
                SqlTime.instant(rs, "issued_at"));
    }
}
