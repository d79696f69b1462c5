-- Bulk exports of the legal archive (docs/archive.md#export): one row per export job of a tenant. An instance claims
-- a QUEUED job with a conditional UPDATE (state and owner), so with several instances only one runs a given job.
-- The ZIP itself is a file under the export directory; the row keeps its progress, size and expiry.
CREATE TABLE export_jobs (
    id           UUID PRIMARY KEY,
    tenant_id    UUID NOT NULL REFERENCES tenants (id),
    state        VARCHAR(16) NOT NULL,
    owner        VARCHAR(100),
    from_date    DATE NOT NULL,
    to_date      DATE NOT NULL,
    kinds        VARCHAR(200) NOT NULL,
    statuses     VARCHAR(200) NOT NULL,
    done         INTEGER DEFAULT 0 NOT NULL,
    total        INTEGER DEFAULT 0 NOT NULL,
    size_bytes   BIGINT,
    error        VARCHAR(200),
    created_by   VARCHAR(120) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE,
    finished_at  TIMESTAMP WITH TIME ZONE,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_export_jobs_tenant ON export_jobs (tenant_id, created_at);
CREATE INDEX ix_export_jobs_state ON export_jobs (state, created_at);
