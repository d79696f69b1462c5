-- Sessions of the operations console (/console, docs/console.md), kept by Spring Session JDBC so that every instance
-- behind a load balancer knows every signed-in browser. The columns are Spring Session's own (its
-- schema-postgresql.sql); the same SQL runs on PostgreSQL and H2 (BYTEA is an H2 alias of BINARY VARYING). The API
-- never creates a session: these tables only hold console sign-ins, and Spring Session deletes expired rows.
CREATE TABLE console_session (
    primary_id            CHAR(36) NOT NULL,
    session_id            CHAR(36) NOT NULL,
    creation_time         BIGINT NOT NULL,
    last_access_time      BIGINT NOT NULL,
    max_inactive_interval INT NOT NULL,
    expiry_time           BIGINT NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT pk_console_session PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX ux_console_session_id ON console_session (session_id);
CREATE INDEX ix_console_session_expiry ON console_session (expiry_time);
CREATE INDEX ix_console_session_principal ON console_session (principal_name);

CREATE TABLE console_session_attributes (
    session_primary_id CHAR(36) NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA NOT NULL,
    CONSTRAINT pk_console_session_attributes PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT fk_console_session_attributes FOREIGN KEY (session_primary_id)
        REFERENCES console_session (primary_id) ON DELETE CASCADE
);
