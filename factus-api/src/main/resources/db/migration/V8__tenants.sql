-- Many businesses per deployment (docs/tenants.md). The Factus accounts become tenants: one business (name, NIT)
-- with its own Factus connection. Secrets (client secret, password) are stored sealed by the vault as
-- "<key id>:<base64 nonce+ciphertext>", never in plain text. sandbox = an account of the embedded emulator.
ALTER TABLE factus_accounts RENAME TO tenants;
ALTER TABLE tenants ALTER COLUMN base_url DROP NOT NULL;
ALTER TABLE tenants ADD COLUMN nit VARCHAR(20);
ALTER TABLE tenants ADD COLUMN status VARCHAR(16) DEFAULT 'ACTIVE' NOT NULL;
ALTER TABLE tenants ADD COLUMN sandbox BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE tenants ADD COLUMN api_version VARCHAR(8) DEFAULT 'v1' NOT NULL;
ALTER TABLE tenants ADD COLUMN client_id VARCHAR(200);
ALTER TABLE tenants ADD COLUMN username VARCHAR(200);
ALTER TABLE tenants ADD COLUMN client_secret VARCHAR(600);
ALTER TABLE tenants ADD COLUMN password VARCHAR(600);
ALTER TABLE tenants ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
UPDATE tenants SET updated_at = created_at;
CREATE UNIQUE INDEX uq_tenants_nit ON tenants (nit);

ALTER TABLE documents RENAME COLUMN account_id TO tenant_id;

-- Users and API keys belong to one tenant; NULL = the platform (manages tenants, may act on any of them).
-- Keys carry scopes; the keys made before tenants existed issue and read documents of the first account.
ALTER TABLE users ADD COLUMN tenant_id UUID REFERENCES tenants (id);
ALTER TABLE api_keys ADD COLUMN tenant_id UUID REFERENCES tenants (id);
ALTER TABLE api_keys ADD COLUMN scopes VARCHAR(200) DEFAULT 'documents:issue documents:read' NOT NULL;
UPDATE api_keys SET tenant_id = (SELECT id FROM tenants ORDER BY created_at, id LIMIT 1);
CREATE INDEX ix_api_keys_tenant ON api_keys (tenant_id, created_at);

ALTER TABLE audit_events ADD COLUMN tenant_id UUID;
UPDATE audit_events SET tenant_id = (SELECT id FROM tenants ORDER BY created_at, id LIMIT 1);
CREATE INDEX ix_audit_events_tenant ON audit_events (tenant_id, occurred_at);

-- Idempotency keys are per tenant and caller: "<tenant id>/<caller>" (a platform key acting for two tenants must not
-- mix their keys).
ALTER TABLE idempotency_keys ALTER COLUMN scope SET DATA TYPE VARCHAR(200);
-- The keys stored before tenants were scoped by the caller alone; they become the first account's, like the API keys,
-- so a request repeated across the upgrade is still answered from its stored response (not run a second time).
UPDATE idempotency_keys
SET scope = CAST((SELECT id FROM tenants ORDER BY created_at, id LIMIT 1) AS VARCHAR(36)) || '/' || scope
WHERE EXISTS (SELECT 1 FROM tenants);
