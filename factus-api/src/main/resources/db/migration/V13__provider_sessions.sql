-- Each tenant's Factus OAuth session, shared by every instance (docs/scale-out.md): the tokens sealed by the vault
-- (bound to their row and column), the access token's SHA-256 to expire it without opening it, and the claim of
-- the instance renewing it now (renewing_until, epoch ms) so the others wait for its token instead of signing in too.
CREATE TABLE provider_sessions (
    tenant_id           UUID PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    account_sha256      VARCHAR(64),
    access_token        VARCHAR(4096),
    refresh_token       VARCHAR(4096),
    access_token_sha256 VARCHAR(64),
    expires_at_ms       BIGINT,
    renewing_until_ms   BIGINT
);
