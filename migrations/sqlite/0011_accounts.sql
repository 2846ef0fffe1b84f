-- Accounts: people who sign in to the front end with a login and a password (scripts
-- keep API tokens). Passwords are kept only as argon2id hashes in PHC form (salt and
-- parameters inside); session and invitation secrets, 256 random bits each, only as
-- SHA-256 hashes, like tokens: a leaked database yields no usable credential.
CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY,
    -- Lowercased and trimmed, so "Ana@NGO.org" and "ana@ngo.org" are one account.
    login         TEXT NOT NULL UNIQUE,
    role          TEXT NOT NULL CHECK (role IN ('contributor', 'editor', 'admin')),
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    -- Set: the account can no longer sign in, and its sessions end at once.
    disabled_at   TEXT
);

CREATE TABLE account_sessions (
    id           INTEGER PRIMARY KEY,
    session_hash TEXT NOT NULL UNIQUE,
    account_id   INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL
);
CREATE INDEX account_sessions_account ON account_sessions (account_id);

-- One-time invitations an administrator hands out: used once, before they expire.
CREATE TABLE account_invitations (
    id         INTEGER PRIMARY KEY,
    code_hash  TEXT NOT NULL UNIQUE,
    role       TEXT NOT NULL CHECK (role IN ('contributor', 'editor', 'admin')),
    invited_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT,
    account_id INTEGER REFERENCES accounts (id)
);
