-- Issue 14: the whole law and the evidence corrected.

-- A record only a contradicted source asserts: kept and answerable by slug, but out
-- of default lists, counts, the map and the timeline.
ALTER TABLE incidents ADD COLUMN disputed BOOLEAN NOT NULL DEFAULT FALSE;

-- When a provision takes effect, where a source gives the day.
ALTER TABLE provisions ADD COLUMN entry_into_force TEXT;

-- The code articles a provision creates or amends ("CSI L. 333-2"), searchable by
-- prefix ("CSI"), and the implementing decrees a source names.
CREATE TABLE provision_codes (
    provision_id BIGINT NOT NULL REFERENCES provisions (id) ON DELETE CASCADE,
    position     BIGINT NOT NULL,
    code         TEXT NOT NULL CHECK (code <> ''),
    PRIMARY KEY (provision_id, position)
);
CREATE INDEX provision_codes_code ON provision_codes (code);

CREATE TABLE provision_decrees (
    provision_id BIGINT NOT NULL REFERENCES provisions (id) ON DELETE CASCADE,
    position     BIGINT NOT NULL,
    decree       TEXT NOT NULL CHECK (decree <> ''),
    PRIMARY KEY (provision_id, position)
);

-- A court that strikes down a clause censures it: the stored values are renamed.
UPDATE provisions SET status = 'censured' WHERE status = 'censored';
UPDATE provisions SET status = 'partly_censured' WHERE status = 'partly_censored';
UPDATE laws SET status = 'censured' WHERE status = 'censored';
UPDATE laws SET status = 'partly_censured' WHERE status = 'partly_censored';
