-- One ledger for every DIAN document (invoices, credit and debit notes, support documents, adjustment notes): one
-- row per (account, kind, reference code), written PENDING before the upstream call and settled after it, each in
-- its own short transaction. A note points at the document it corrects (parent_id); its total is reserved against
-- the parent while it holds an amount. The invoice and credit-note ledgers move in unchanged.
CREATE TABLE documents (
    id                     UUID PRIMARY KEY,
    account_id             UUID NOT NULL REFERENCES factus_accounts (id),
    kind                   VARCHAR(24) NOT NULL,
    reference_code         VARCHAR(100) NOT NULL,
    status                 VARCHAR(16) NOT NULL,
    prefix                 VARCHAR(10),
    number                 VARCHAR(40),
    unique_code            VARCHAR(128),
    qr_url                 VARCHAR(600),
    party_identification   VARCHAR(40),
    party_name             VARCHAR(450),
    parent_id              UUID REFERENCES documents (id),
    parent_number          VARCHAR(40),
    gross_value            NUMERIC(18, 2),
    tax_amount             NUMERIC(18, 2),
    total                  NUMERIC(18, 2),
    upstream_errors        TEXT,
    request_payload        TEXT NOT NULL,
    needs_upstream_delete  BOOLEAN DEFAULT FALSE NOT NULL,
    created_by             VARCHAR(120) NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_at              TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_documents_reference UNIQUE (account_id, kind, reference_code)
);

INSERT INTO documents (id, account_id, kind, reference_code, status, prefix, number, unique_code, qr_url,
                       party_identification, party_name, parent_id, parent_number, gross_value, tax_amount, total,
                       upstream_errors, request_payload, needs_upstream_delete, created_by, created_at, updated_at,
                       issued_at)
SELECT id, account_id, 'INVOICE', reference_code, status, prefix, number, cufe, qr_url, customer_identification,
       customer_name, NULL, NULL, gross_value, tax_amount, total, upstream_errors, request_payload,
       needs_upstream_delete, created_by, created_at, updated_at, issued_at
FROM invoices;

INSERT INTO documents (id, account_id, kind, reference_code, status, prefix, number, unique_code, qr_url,
                       party_identification, party_name, parent_id, parent_number, gross_value, tax_amount, total,
                       upstream_errors, request_payload, needs_upstream_delete, created_by, created_at, updated_at,
                       issued_at)
SELECT n.id, n.account_id, 'CREDIT_NOTE', n.reference_code, n.status, n.prefix, n.number, n.cude, n.qr_url,
       i.customer_identification, i.customer_name, n.invoice_id, n.invoice_number, n.gross_value, n.tax_amount,
       n.total, n.upstream_errors, n.request_payload, FALSE, n.created_by, n.created_at, n.updated_at, n.issued_at
FROM credit_notes n JOIN invoices i ON i.id = n.invoice_id;

DROP TABLE credit_notes;
DROP TABLE invoices;

CREATE INDEX ix_documents_number ON documents (account_id, kind, number);
CREATE INDEX ix_documents_created_at ON documents (account_id, kind, created_at);
CREATE INDEX ix_documents_party ON documents (account_id, kind, party_identification);
CREATE INDEX ix_documents_status ON documents (account_id, status);
CREATE INDEX ix_documents_parent ON documents (parent_id, kind, status);
CREATE INDEX ix_documents_upstream_delete ON documents (account_id, needs_upstream_delete);
