-- The credit-note ledger: one row per (account, reference code), linked to the invoice it corrects. A row is written
-- PENDING (reserving its total against the invoice) before the upstream call and settled after it. The invoice row is
-- locked (SELECT ... FOR UPDATE) only inside the short transaction that checks the sum and writes the PENDING row.
CREATE TABLE credit_notes (
    id                  UUID PRIMARY KEY,
    account_id          UUID NOT NULL REFERENCES factus_accounts (id),
    invoice_id          UUID NOT NULL REFERENCES invoices (id),
    invoice_number      VARCHAR(40) NOT NULL,
    reference_code      VARCHAR(100) NOT NULL,
    correction_concept  VARCHAR(32) NOT NULL,
    status              VARCHAR(16) NOT NULL,
    prefix              VARCHAR(10),
    number              VARCHAR(40),
    cude                VARCHAR(128),
    qr_url              VARCHAR(600),
    gross_value         NUMERIC(18, 2) NOT NULL,
    tax_amount          NUMERIC(18, 2) NOT NULL,
    total               NUMERIC(18, 2) NOT NULL,
    upstream_errors     TEXT,
    request_payload     TEXT NOT NULL,
    created_by          VARCHAR(120) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_credit_notes_reference UNIQUE (account_id, reference_code)
);
CREATE INDEX ix_credit_notes_invoice ON credit_notes (invoice_id, status);
CREATE INDEX ix_credit_notes_number ON credit_notes (account_id, number);
CREATE INDEX ix_credit_notes_created_at ON credit_notes (account_id, created_at);
