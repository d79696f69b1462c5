package co.factusapi.adapter.out.persistence;

import co.factusapi.application.port.out.ComplianceAlertLog;
import co.factusapi.domain.webhook.AlertCondition;
import co.factusapi.domain.webhook.RaisedAlert;
import co.factusapi.domain.webhook.WebhookEventType;
import co.factusapi.domain.webhook.WebhookEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The compliance alerts' state in SQL ({@code webhook_alert_states}, V17): one row per tenant, subject and alert type
 * saying whether the alert is raised. Each condition is one short transaction that locks the row, flips it and (when
 * raised) writes the event through the outbox, so the state never changes without its event or the other way round.
 * Two runs racing on a new row: the second insert fails on the primary key and rolls back its event with it.
 */
public class JdbcComplianceAlertLog implements ComplianceAlertLog {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JdbcWebhookOutbox outbox;

    public JdbcComplianceAlertLog(JdbcClient jdbc, TransactionTemplate transactions, JdbcWebhookOutbox outbox) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.outbox = outbox;
    }

    @Override
    public int record(UUID tenantId, List<AlertCondition> conditions, Instant at) {
        int raised = 0;
        for (AlertCondition condition : conditions) {
            Boolean event = transactions.execute(status -> record(tenantId, condition, at));
            if (Boolean.TRUE.equals(event)) {
                raised++;
            }
        }
        return raised;
    }

    @Override
    public List<RaisedAlert> raised(UUID tenantId) {
        return jdbc.sql("SELECT subject, kind, threshold, changed_at FROM webhook_alert_states "
                        + "WHERE tenant_id = :tenant AND raised ORDER BY changed_at, subject, kind")
                .param("tenant", tenantId)
                .query(JdbcComplianceAlertLog::raised)
                .list().stream().flatMap(Optional::stream).toList();
    }

    /** A state of a type this version no longer knows is left out. */
    private static Optional<RaisedAlert> raised(ResultSet rs, int row) throws SQLException {
        Optional<WebhookEventType> type = WebhookEventType.fromCode(rs.getString("kind"));
        return type.isEmpty() ? Optional.empty() : Optional.of(new RaisedAlert(type.get(), rs.getString("subject"),
                rs.getLong("threshold"), SqlTime.instant(rs, "changed_at")));
    }

    /** Whether the condition raised its alert now. */
    private boolean record(UUID tenantId, AlertCondition condition, Instant at) {
        Optional<Boolean> raised = jdbc.sql("SELECT raised FROM webhook_alert_states WHERE tenant_id = :tenant "
                        + "AND subject = :subject AND kind = :kind FOR UPDATE")
                .param("tenant", tenantId).param("subject", condition.subject()).param("kind", condition.type().code())
                .query(Boolean.class).optional();
        if (raised.isEmpty()) {
            if (!condition.holds()) {
                return false;
            }
            jdbc.sql("INSERT INTO webhook_alert_states (tenant_id, subject, kind, raised, threshold, changed_at) "
                            + "VALUES (:tenant, :subject, :kind, TRUE, :threshold, :at)")
                    .params(key(tenantId, condition)).param("threshold", condition.threshold())
                    .param("at", SqlTime.timestamp(at)).update();
        } else if (raised.get() == condition.holds()) {
            return false;
        } else {
            jdbc.sql("UPDATE webhook_alert_states SET raised = :raised, threshold = :threshold, changed_at = :at "
                            + "WHERE tenant_id = :tenant AND subject = :subject AND kind = :kind")
                    .params(key(tenantId, condition)).param("raised", condition.holds())
                    .param("threshold", condition.threshold()).param("at", SqlTime.timestamp(at)).update();
            if (!condition.holds()) {
                return false;
            }
        }
        UUID id = UUID.randomUUID();
        outbox.append(new WebhookEvent(id, tenantId, condition.type(), null, at,
                WebhookPayloads.alert(id, tenantId, condition, at)), outbox.subscribers(tenantId, condition.type()));
        return true;
    }

    private static Map<String, Object> key(UUID tenantId, AlertCondition condition) {
        return Map.of("tenant", tenantId, "subject", condition.subject(), "kind", condition.type().code());
    }
}
