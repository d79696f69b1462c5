-- RADIAN events on our credit-sale invoices (docs/webhooks.md "RADIAN events"). Factus pushes nothing, so the ledger
-- adds each credit-sale invoice here in the transaction that marks it ISSUED, and the poller asks Factus for its
-- events on a schedule (next_look_at) until the watch ends. radian_seen holds the events already announced, so each
-- becomes exactly one document.radian_event: its row is written in the transaction that writes the event.
CREATE TABLE radian_watch (
    document_id   UUID PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    tenant_id     UUID NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    number        VARCHAR(40) NOT NULL,
    issued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    looks         INTEGER DEFAULT 0 NOT NULL,
    next_look_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_radian_watch_due ON radian_watch (tenant_id, next_look_at);

-- event_key: the event's code and its CUDE ("030:<cude>"), so a repeated event type (endorsements) counts apart.
CREATE TABLE radian_seen (
    document_id  UUID NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    event_key    VARCHAR(140) NOT NULL,
    seen_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (document_id, event_key)
);
