-- Idempotency keys (docs/reliability.md): one row per (caller, key). The primary key decides concurrent duplicates
-- across every instance of the service. state is IN_FLIGHT while the first request runs, then COMPLETED with the
-- stored answer; rows are purged after expires_at.
CREATE TABLE idempotency_keys (
    scope              VARCHAR(120) NOT NULL,
    idempotency_key    VARCHAR(255) NOT NULL,
    fingerprint        VARCHAR(64) NOT NULL,
    state              VARCHAR(16) NOT NULL,
    response_status    INTEGER,
    content_type       VARCHAR(200),
    location           VARCHAR(1000),
    response_body      TEXT,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_idempotency_keys PRIMARY KEY (scope, idempotency_key)
);
CREATE INDEX ix_idempotency_keys_expires_at ON idempotency_keys (expires_at);

-- A DIAN-rejected bill blocks every new invoice of the Factus account until deleted (docs/factus-upstream.md §3.5); when the
-- immediate delete fails the flag stays set and the reconciler retries it.
ALTER TABLE invoices ADD COLUMN needs_upstream_delete BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_invoices_upstream_delete ON invoices (account_id, needs_upstream_delete);

-- Who (user:<name> or api-key:<id>) did what to which resource, and when. No customer personal data in detail.
CREATE TABLE audit_events (
    id              UUID PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(120) NOT NULL,
    action          VARCHAR(60) NOT NULL,
    resource_type   VARCHAR(40) NOT NULL,
    resource_id     VARCHAR(120),
    reference_code  VARCHAR(100),
    outcome         VARCHAR(40) NOT NULL,
    detail          VARCHAR(1000)
);
CREATE INDEX ix_audit_events_occurred_at ON audit_events (occurred_at);
CREATE INDEX ix_audit_events_actor ON audit_events (actor, occurred_at);
CREATE INDEX ix_audit_events_reference ON audit_events (reference_code);
CREATE INDEX ix_audit_events_resource ON audit_events (resource_id);
