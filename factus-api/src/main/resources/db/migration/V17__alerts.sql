-- Compliance alerts (docs/webhooks.md "Alerts"): whether each alert of a tenant is raised, per subject ("range:<id>"
-- or "quota") and kind (the alert's event type). An alert is written when its row turns raised, in the same
-- transaction; it turns back when the condition no longer holds, so a later crossing alerts again.
CREATE TABLE webhook_alert_states (
    tenant_id   UUID NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    subject     VARCHAR(60) NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    raised      BOOLEAN NOT NULL,
    -- The setting the condition was last judged against (remaining numbers or documents, or days).
    threshold   BIGINT NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, subject, kind)
);
