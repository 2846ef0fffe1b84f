-- Curation: optimistic concurrency, the revision history, and the webhook outbox.

-- Every curated entity carries the version an editor must name to change it.
ALTER TABLE sources ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE laws ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE provisions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE facilities ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE actors ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE incidents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE criticisms ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE claim_questions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- One row per committed write: who, when, what, and the entity before and after
-- (JSON in the shape of data/FORMAT.md). Never updated, never deleted.
CREATE TABLE revisions (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    author      TEXT NOT NULL,
    operation   TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_slug TEXT NOT NULL,
    -- Slugs of the other entities a change touches (a link's provision, a criticism's
    -- provisions): lets a webhook on a provision hear of new criticisms of it.
    related     TEXT NOT NULL DEFAULT '',
    before      TEXT,
    after       TEXT
);
CREATE INDEX revisions_entity ON revisions (entity_type, entity_slug, id);
CREATE INDEX revisions_at ON revisions (at, id);

CREATE TRIGGER revisions_are_append_only_update
BEFORE UPDATE ON revisions
BEGIN
    SELECT RAISE(ABORT, 'revisions are never edited');
END;

CREATE TRIGGER revisions_are_append_only_delete
BEFORE DELETE ON revisions
BEGIN
    SELECT RAISE(ABORT, 'revisions are never deleted');
END;

-- Webhooks: an admin's URL and the changes it wants.
CREATE TABLE webhooks (
    id           INTEGER PRIMARY KEY,
    url          TEXT NOT NULL,
    secret       TEXT NOT NULL,
    -- Entity types wanted, comma-separated; empty for all.
    entity_types TEXT NOT NULL DEFAULT '',
    -- Only changes to, or touching, this entity slug (e.g. one provision); NULL for all.
    subject_slug TEXT,
    created_by   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    active       BOOLEAN NOT NULL DEFAULT TRUE
);

-- The outbox: written in the same transaction as the change it announces, so a
-- crash or restart loses no delivery.
CREATE TABLE webhook_deliveries (
    id              INTEGER PRIMARY KEY,
    webhook_id      INTEGER NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    revision_id     INTEGER NOT NULL REFERENCES revisions (id),
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    lease_until     TEXT,
    last_status     INTEGER,
    last_error      TEXT,
    delivered_at    TEXT
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX webhook_deliveries_webhook ON webhook_deliveries (webhook_id, id);
