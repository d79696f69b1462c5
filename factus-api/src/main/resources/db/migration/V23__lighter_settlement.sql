-- Whether the document's last document.unknown event is not yet followed by its document.settled (docs/webhooks.md
-- "Events"). Kept on the row, in the transaction of each ledger change, so that settling a document (every issued
-- invoice) needs no look into webhook_events. Filled from the events already written.
ALTER TABLE documents ADD COLUMN unknown_announced BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE documents SET unknown_announced = TRUE
WHERE (SELECT e.type FROM webhook_events e WHERE e.document_id = documents.id
       AND e.type IN ('document.unknown', 'document.settled') ORDER BY e.seq DESC LIMIT 1) = 'document.unknown';

-- Every audit query is per tenant (ix_audit_events_tenant: tenant_id, occurred_at); the index on occurred_at alone
-- served none of them and cost a B-tree insert per audited document.
DROP INDEX ix_audit_events_occurred_at;
