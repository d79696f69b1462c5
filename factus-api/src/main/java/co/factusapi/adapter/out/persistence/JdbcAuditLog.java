package co.factusapi.adapter.out.persistence;

import co.factusapi.application.port.out.AuditLog;
import co.factusapi.domain.audit.AuditEvent;
import co.factusapi.domain.audit.AuditQuery;
import co.factusapi.domain.common.Page;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit trail in SQL: insert-only, read newest first. */
public class JdbcAuditLog implements AuditLog {
    private final JdbcClient jdbc;

    public JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AuditEvent event) {
        jdbc.sql("INSERT INTO audit_events (id, occurred_at, actor, action, resource_type, resource_id, reference_code, "
                        + "outcome, detail, tenant_id) VALUES (:id, :occurred_at, :actor, :action, :resource_type, :resource_id, "
                        + ":reference_code, :outcome, :detail, :tenant_id)")
                .param("id", event.id())
                .param("occurred_at", SqlTime.timestamp(event.occurredAt()))
                .param("actor", event.actor())
                .param("action", event.action())
                .param("resource_type", event.resourceType())
                .param("resource_id", event.resourceId())
                .param("reference_code", event.referenceCode())
                .param("outcome", event.outcome())
                .param("detail", event.detail())
                .param("tenant_id", event.tenantId())
                .update();
    }

    @Override
    public Page<AuditEvent> search(UUID tenantId, AuditQuery query) {
        List<String> conditions = new ArrayList<>(List.of("tenant_id = :tenant_id"));
        Map<String, Object> params = new HashMap<>(Map.of("tenant_id", tenantId));
        equal(conditions, params, "actor", query.actor());
        equal(conditions, params, "action", query.action());
        equal(conditions, params, "resource_id", query.resourceId());
        equal(conditions, params, "reference_code", query.referenceCode());
        if (query.from() != null) {
            conditions.add("occurred_at >= :from_time");
            params.put("from_time", SqlTime.timestamp(query.from()));
        }
        if (query.to() != null) {
            conditions.add("occurred_at < :to_time");
            params.put("to_time", SqlTime.timestamp(query.to()));
        }
        String where = " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_events" + where).params(params).query(Long.class).single();
        List<AuditEvent> items = jdbc.sql("SELECT * FROM audit_events" + where
                        + " ORDER BY occurred_at DESC, id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", query.size())
                .param("offset", query.offset())
                .query(JdbcAuditLog::map)
                .list();
        return new Page<>(items, query.page(), query.size(), total);
    }

    private static void equal(List<String> conditions, Map<String, Object> params, String column, String value) {
        if (value != null) {
            conditions.add(column + " = :" + column);
            params.put(column, value);
        }
    }

    private static AuditEvent map(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(rs.getObject("id", UUID.class), SqlTime.instant(rs, "occurred_at"),
                rs.getString("actor"), rs.getString("action"), rs.getString("resource_type"), rs.getString("resource_id"),
                rs.getString("reference_code"), rs.getString("outcome"), rs.getString("detail"),
                rs.getObject("tenant_id", UUID.class));
    }
}
