-- The running instances (docs/reliability.md): each one writes its heartbeat every second or so with the
-- database's clock; one whose heartbeat is older than a few seconds has died. In-flight idempotency keys and
-- PENDING ledger attempts record the instance that holds them, so a retry after a crash takes them up at once.
CREATE TABLE instances (
    id            VARCHAR(40) PRIMARY KEY,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE idempotency_keys ADD COLUMN owner VARCHAR(40);
ALTER TABLE documents ADD COLUMN holder VARCHAR(40);
-- The Idempotency-Key of the current attempt: the same caller repeating that request gets the document back.
ALTER TABLE documents ADD COLUMN idempotency_key VARCHAR(255);
