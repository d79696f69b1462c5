-- The turn to submit a document to Factus per tenant, across instances (docs/scale-out.md): taken by one validate
-- at a time once Factus has refused overlapping ones; held_until_ms (epoch ms) frees the turn of a holder that died.
CREATE TABLE submission_turns (
    tenant_id      UUID PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    holder         VARCHAR(40),
    held_until_ms  BIGINT
);
