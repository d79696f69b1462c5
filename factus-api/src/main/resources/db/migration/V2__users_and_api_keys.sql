-- People who log in with a password. Only a BCrypt hash of the password is stored. role is 'admin' or 'user'
-- (checked by the application: H2's PostgreSQL mode mishandles a CHECK on this column).
CREATE TABLE users (
    id             UUID PRIMARY KEY,
    username       VARCHAR(100) NOT NULL,
    password_hash  VARCHAR(100) NOT NULL,
    role           VARCHAR(16) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_users_username UNIQUE (username)
);

-- API keys of machine clients: the public id finds the row, the SHA-256 hash (hex) of the secret proves the key.
-- The plain key is never stored.
CREATE TABLE api_keys (
    id            UUID PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    public_id     VARCHAR(16) NOT NULL,
    secret_hash   VARCHAR(64) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_api_keys_public_id UNIQUE (public_id)
);
CREATE INDEX ix_api_keys_created_at ON api_keys (created_at);
