-- API tokens. Only a SHA-256 hash of each token is kept: tokens are 256 random bits,
-- so a fast hash is enough (no password-stretching needed), and a leaked database
-- yields no usable token.
CREATE TABLE api_tokens (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    role       TEXT NOT NULL CHECK (role IN ('editor', 'admin')),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
