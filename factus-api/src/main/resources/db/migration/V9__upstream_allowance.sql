-- Factus allows about 80 requests a minute per user and answers 429 beyond (docs/tenants.md "Upstream allowance").
-- Each tenant's calls are paced under its allowance by every instance together: next_slot_ms is the earliest time
-- (epoch milliseconds) the tenant's next call may start; each call reserves a slot by moving it forward.
ALTER TABLE tenants ADD COLUMN requests_per_minute INTEGER;

CREATE TABLE upstream_allowance (
    tenant_id     UUID PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    next_slot_ms  BIGINT NOT NULL
);
