-- The legal archive (docs/archive.md): the XML and PDF of every ISSUED document, kept write-once for at least the
-- retention (ten years by default; ET art. 632, Ley 962/2005 art. 28). One row per tenant, document and format;
-- the primary key makes each file write-once across instances. store names where the bytes are: 'database'
-- (archived_file_contents) or 'filesystem' (location, relative to the archive directory).
-- The same SQL runs on PostgreSQL and H2 (BYTEA is PostgreSQL's type and an H2 alias of BINARY VARYING).
CREATE TABLE archived_files (
    tenant_id     UUID NOT NULL REFERENCES tenants (id),
    kind          VARCHAR(24) NOT NULL,
    number        VARCHAR(40) NOT NULL,
    format        VARCHAR(8) NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT NOT NULL,
    sha256        VARCHAR(64) NOT NULL,
    store         VARCHAR(16) NOT NULL,
    location      VARCHAR(500),
    issued_at     TIMESTAMP WITH TIME ZONE,
    stored_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_archived_files PRIMARY KEY (tenant_id, kind, number, format)
);

CREATE TABLE archived_file_contents (
    tenant_id  UUID NOT NULL,
    kind       VARCHAR(24) NOT NULL,
    number     VARCHAR(40) NOT NULL,
    format     VARCHAR(8) NOT NULL,
    content    BYTEA NOT NULL,
    CONSTRAINT pk_archived_file_contents PRIMARY KEY (tenant_id, kind, number, format),
    CONSTRAINT fk_archived_file_contents FOREIGN KEY (tenant_id, kind, number, format)
        REFERENCES archived_files (tenant_id, kind, number, format)
);

-- The archiver's failed attempts per ledger document (none = never tried or archived), so one document the provider
-- keeps refusing waits its backoff while the others go through. Not archive data: rows are dropped once archived.
CREATE TABLE archive_attempts (
    document_id      UUID PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    attempts         INTEGER NOT NULL,
    last_error       VARCHAR(200),
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
