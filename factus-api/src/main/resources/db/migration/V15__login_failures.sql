-- Consecutive failed logins per user name, shared by every instance (docs/resilience-and-limits.md): the name is kept
-- as its SHA-256 only; locked_until_ms (epoch ms) is set by the failure that reaches the limit.
CREATE TABLE login_failures (
    name_sha256      VARCHAR(64) PRIMARY KEY,
    failures         INTEGER NOT NULL,
    last_failure_ms  BIGINT NOT NULL,
    locked_until_ms  BIGINT
);
