-- Contributors: their writes become proposals that an editor or admin other than
-- themselves approves (then applied as one write) or rejects with a reason.
--
-- Tokens may now be held by contributors: SQLite cannot alter a CHECK constraint, so
-- the table is rebuilt with the wider one (no other table refers to it).
CREATE TABLE api_tokens_new (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    role       TEXT NOT NULL CHECK (role IN ('contributor', 'editor', 'admin')),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
INSERT INTO api_tokens_new (id, name, role, token_hash, created_at, revoked_at)
    SELECT id, name, role, token_hash, created_at, revoked_at FROM api_tokens;
DROP TABLE api_tokens;
ALTER TABLE api_tokens_new RENAME TO api_tokens;

CREATE TABLE proposals (
    id            INTEGER PRIMARY KEY,
    -- The write itself, as core's `proposals::Change` serialises it: applied as is on approval.
    change        TEXT NOT NULL,
    operation     TEXT NOT NULL,
    entity_type   TEXT NOT NULL,
    entity_slug   TEXT NOT NULL,
    -- The record before and after, as the write would have made it when proposed: the diff reviewers see.
    before        TEXT,
    after         TEXT,
    proposed_by   TEXT NOT NULL,
    proposed_at   TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    reviewed_by   TEXT,
    reviewed_at   TEXT,
    reason        TEXT,
    revision_id   INTEGER REFERENCES revisions (id)
);
CREATE INDEX proposals_by_status ON proposals (status, id);
CREATE INDEX proposals_by_author ON proposals (proposed_by, id);
