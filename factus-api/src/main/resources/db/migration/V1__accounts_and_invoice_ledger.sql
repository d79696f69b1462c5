-- The Factus account every invoice belongs to. Credentials are NOT stored here: they come from the environment.
CREATE TABLE factus_accounts (
    id          UUID PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    base_url    VARCHAR(500) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_factus_accounts_name UNIQUE (name)
);

-- The invoice ledger: one row per (account, reference code), written PENDING before the upstream call
-- and settled (ISSUED, REJECTED, UNKNOWN) after it, each in its own short transaction.
CREATE TABLE invoices (
    id                       UUID PRIMARY KEY,
    account_id               UUID NOT NULL REFERENCES factus_accounts (id),
    reference_code           VARCHAR(100) NOT NULL,
    status                   VARCHAR(16) NOT NULL,
    prefix                   VARCHAR(10) NOT NULL,
    number                   VARCHAR(40),
    cufe                     VARCHAR(128),
    qr_url                   VARCHAR(600),
    customer_identification  VARCHAR(40) NOT NULL,
    customer_name            VARCHAR(450) NOT NULL,
    gross_value              NUMERIC(18, 2),
    tax_amount               NUMERIC(18, 2),
    total                    NUMERIC(18, 2),
    upstream_errors          TEXT,
    request_payload          TEXT NOT NULL,
    created_by               VARCHAR(120) NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_at                TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_invoices_reference UNIQUE (account_id, reference_code)
);
CREATE INDEX ix_invoices_number ON invoices (account_id, number);
CREATE INDEX ix_invoices_status ON invoices (account_id, status);
CREATE INDEX ix_invoices_created_at ON invoices (account_id, created_at);
CREATE INDEX ix_invoices_customer ON invoices (account_id, customer_identification);
