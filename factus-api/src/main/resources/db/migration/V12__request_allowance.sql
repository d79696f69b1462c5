-- API rate limits shared by every instance (docs/scale-out.md): one row per bucket (a caller, or a login address and
-- user name); tat_ms is the bucket's theoretical arrival time in epoch milliseconds (the generic cell rate
-- algorithm). Rows idle for an hour are deleted by the leading instance.
CREATE TABLE request_allowance (
    bucket  VARCHAR(300) PRIMARY KEY,
    tat_ms  BIGINT NOT NULL
);
