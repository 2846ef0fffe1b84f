-- lawtracker schema, SQLite dialect. Keep in step with migrations/postgres/0001_init.sql:
-- the two files differ only where the dialect forces it (identity columns, REAL vs
-- DOUBLE PRECISION, trigger syntax).
--
-- Dates are ISO 8601 text with the precision the source supports ("2025", "2025-04",
-- "2025-04-14"); *_start/*_end hold the full-date interval the partial date covers, so
-- range filters compare like with like. Timestamps are written from Rust only.

CREATE TABLE sources (
    id                 INTEGER PRIMARY KEY,
    slug               TEXT NOT NULL UNIQUE,
    title              TEXT NOT NULL,
    title_is_editorial BOOLEAN NOT NULL DEFAULT FALSE,
    publisher          TEXT,
    published_on       TEXT,
    language           TEXT NOT NULL,
    url                TEXT,
    kind               TEXT NOT NULL,
    reliability        TEXT NOT NULL,
    reliability_note   TEXT NOT NULL,
    body               TEXT NOT NULL,
    -- Folded text (lowercase, no accents) the row is found by; written from Rust.
    search_text TEXT NOT NULL DEFAULT ''
);

CREATE TABLE laws (
    id       INTEGER PRIMARY KEY,
    slug     TEXT NOT NULL UNIQUE,
    title_fr TEXT NOT NULL,
    title_en TEXT,
    number   TEXT,
    eli_uri  TEXT,
    status   TEXT NOT NULL,
    summary  TEXT NOT NULL
);

CREATE TABLE law_stages (
    id             INTEGER PRIMARY KEY,
    law_id         INTEGER NOT NULL REFERENCES laws (id) ON DELETE CASCADE,
    slug           TEXT NOT NULL,
    position       INTEGER NOT NULL,
    occurred_on    TEXT NOT NULL,
    date_precision TEXT NOT NULL,
    chamber        TEXT,
    kind           TEXT NOT NULL,
    outcome        TEXT,
    description    TEXT NOT NULL,
    UNIQUE (law_id, slug)
);

CREATE TABLE provisions (
    id       INTEGER PRIMARY KEY,
    law_id   INTEGER NOT NULL REFERENCES laws (id) ON DELETE CASCADE,
    slug     TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    article  TEXT,
    heading  TEXT NOT NULL,
    summary  TEXT NOT NULL,
    body     TEXT,
    theme    TEXT NOT NULL,
    status   TEXT NOT NULL,
    -- Folded text (lowercase, no accents) the row is found by; written from Rust.
    search_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX provisions_law ON provisions (law_id, id);

CREATE TABLE parameters (
    id             INTEGER PRIMARY KEY,
    provision_id   INTEGER NOT NULL REFERENCES provisions (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    name           TEXT NOT NULL,
    label          TEXT NOT NULL,
    kind           TEXT NOT NULL,
    value          REAL NOT NULL,
    value_max      REAL,
    unit           TEXT NOT NULL,
    qualifier      TEXT NOT NULL,
    stage_id       INTEGER REFERENCES law_stages (id) ON DELETE SET NULL,
    baseline       TEXT,
    baseline_value REAL,
    baseline_unit  TEXT
);
CREATE INDEX parameters_provision ON parameters (provision_id, position);

CREATE TABLE facilities (
    id               INTEGER PRIMARY KEY,
    slug             TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    kind             TEXT NOT NULL,
    city             TEXT,
    latitude         REAL,
    longitude        REAL,
    coordinates_note TEXT,
    search_text      TEXT NOT NULL DEFAULT '',
    CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CHECK (latitude IS NULL OR coordinates_note IS NOT NULL)
);

CREATE TABLE facility_aliases (
    facility_id INTEGER NOT NULL REFERENCES facilities (id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    PRIMARY KEY (facility_id, alias)
);

CREATE TABLE actors (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    description TEXT NOT NULL,
    -- Folded text (lowercase, no accents) the row is found by; written from Rust.
    search_text TEXT NOT NULL DEFAULT ''
);

CREATE TABLE incidents (
    id                    INTEGER PRIMARY KEY,
    slug                  TEXT NOT NULL UNIQUE,
    title                 TEXT NOT NULL,
    summary               TEXT NOT NULL,
    occurred_on           TEXT NOT NULL,
    date_precision        TEXT NOT NULL,
    occurred_start        TEXT NOT NULL,
    occurred_end          TEXT NOT NULL,
    time_of_day           TEXT,
    facility_id           INTEGER REFERENCES facilities (id) ON DELETE SET NULL,
    place                 TEXT,
    investigating_body_id INTEGER REFERENCES actors (id) ON DELETE SET NULL,
    campaign              TEXT,
    -- Folded text (lowercase, no accents) the row is found by; written from Rust.
    search_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX incidents_by_date ON incidents (occurred_start, id);
CREATE INDEX incidents_by_facility ON incidents (facility_id, occurred_start, id);

CREATE TABLE incident_kinds (
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    PRIMARY KEY (incident_id, kind)
);
CREATE INDEX incident_kinds_by_kind ON incident_kinds (kind, incident_id);

CREATE TABLE outcomes (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    value       REAL NOT NULL,
    qualifier   TEXT NOT NULL,
    unit        TEXT
);
CREATE INDEX outcomes_incident ON outcomes (incident_id, position);

CREATE TABLE criticisms (
    id             INTEGER PRIMARY KEY,
    slug           TEXT NOT NULL UNIQUE,
    actor_id       INTEGER NOT NULL REFERENCES actors (id) ON DELETE RESTRICT,
    stance         TEXT NOT NULL,
    summary        TEXT NOT NULL,
    quote          TEXT,
    stated_on      TEXT,
    date_precision TEXT,
    -- Folded text (lowercase, no accents) the row is found by; written from Rust.
    search_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX criticisms_actor ON criticisms (actor_id, id);

CREATE TABLE criticism_rights (
    criticism_id INTEGER NOT NULL REFERENCES criticisms (id) ON DELETE CASCADE,
    right_slug   TEXT NOT NULL,
    PRIMARY KEY (criticism_id, right_slug)
);
CREATE INDEX criticism_rights_by_right ON criticism_rights (right_slug, criticism_id);

CREATE TABLE provision_incidents (
    id           INTEGER PRIMARY KEY,
    provision_id INTEGER NOT NULL REFERENCES provisions (id) ON DELETE CASCADE,
    incident_id  INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    relation     TEXT NOT NULL,
    note         TEXT,
    UNIQUE (provision_id, incident_id, relation)
);
CREATE INDEX provision_incidents_incident ON provision_incidents (incident_id);

CREATE TABLE provision_criticisms (
    id           INTEGER PRIMARY KEY,
    provision_id INTEGER NOT NULL REFERENCES provisions (id) ON DELETE CASCADE,
    criticism_id INTEGER NOT NULL REFERENCES criticisms (id) ON DELETE CASCADE,
    note         TEXT,
    UNIQUE (provision_id, criticism_id)
);
CREATE INDEX provision_criticisms_criticism ON provision_criticisms (criticism_id);

CREATE TABLE claim_questions (
    id           INTEGER PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE,
    question     TEXT NOT NULL,
    subject_kind TEXT,
    subject_slug TEXT
);

CREATE TABLE claims (
    id           INTEGER PRIMARY KEY,
    question_id  INTEGER NOT NULL REFERENCES claim_questions (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    value        TEXT NOT NULL,
    value_number REAL
);
CREATE INDEX claims_question ON claims (question_id, position);

-- Lifecycle events (Akoma Ntoso's eventRef): generation, censure, reservation,
-- implementing decree, entry into force, facility opening; each dated and sourced.
CREATE TABLE lifecycle_events (
    id             INTEGER PRIMARY KEY,
    slug           TEXT NOT NULL UNIQUE,
    law_id         INTEGER NOT NULL REFERENCES laws (id) ON DELETE CASCADE,
    provision_id   INTEGER REFERENCES provisions (id) ON DELETE CASCADE,
    facility_id    INTEGER REFERENCES facilities (id) ON DELETE SET NULL,
    kind           TEXT NOT NULL,
    occurred_on    TEXT NOT NULL,
    date_precision TEXT NOT NULL,
    occurred_start TEXT NOT NULL,
    occurred_end   TEXT NOT NULL,
    title          TEXT NOT NULL,
    description    TEXT NOT NULL,
    capacity       INTEGER
);
CREATE INDEX lifecycle_events_provision ON lifecycle_events (provision_id, occurred_start);
CREATE INDEX lifecycle_events_law ON lifecycle_events (law_id, occurred_start);

-- One citation backs exactly one thing: an entity or a link. One nullable foreign key
-- per kind of target keeps referential integrity (and cascades) in the database.
CREATE TABLE citations (
    id                      INTEGER PRIMARY KEY,
    source_id               INTEGER NOT NULL REFERENCES sources (id) ON DELETE RESTRICT,
    quote                   TEXT NOT NULL CHECK (length(quote) > 0),
    note                    TEXT,
    law_id                  INTEGER REFERENCES laws (id) ON DELETE CASCADE,
    law_stage_id            INTEGER REFERENCES law_stages (id) ON DELETE CASCADE,
    provision_id            INTEGER REFERENCES provisions (id) ON DELETE CASCADE,
    parameter_id            INTEGER REFERENCES parameters (id) ON DELETE CASCADE,
    facility_id             INTEGER REFERENCES facilities (id) ON DELETE CASCADE,
    actor_id                INTEGER REFERENCES actors (id) ON DELETE CASCADE,
    incident_id             INTEGER REFERENCES incidents (id) ON DELETE CASCADE,
    outcome_id              INTEGER REFERENCES outcomes (id) ON DELETE CASCADE,
    criticism_id            INTEGER REFERENCES criticisms (id) ON DELETE CASCADE,
    provision_incident_id   INTEGER REFERENCES provision_incidents (id) ON DELETE CASCADE,
    provision_criticism_id  INTEGER REFERENCES provision_criticisms (id) ON DELETE CASCADE,
    claim_id                INTEGER REFERENCES claims (id) ON DELETE CASCADE,
    event_id                INTEGER REFERENCES lifecycle_events (id) ON DELETE CASCADE,
    CHECK ((law_id IS NOT NULL) + (law_stage_id IS NOT NULL) + (provision_id IS NOT NULL)
         + (parameter_id IS NOT NULL) + (facility_id IS NOT NULL) + (actor_id IS NOT NULL)
         + (incident_id IS NOT NULL) + (outcome_id IS NOT NULL) + (criticism_id IS NOT NULL)
         + (provision_incident_id IS NOT NULL) + (provision_criticism_id IS NOT NULL)
         + (claim_id IS NOT NULL) + (event_id IS NOT NULL) = 1)
);
CREATE INDEX citations_source ON citations (source_id);
CREATE INDEX citations_law ON citations (law_id) WHERE law_id IS NOT NULL;
CREATE INDEX citations_law_stage ON citations (law_stage_id) WHERE law_stage_id IS NOT NULL;
CREATE INDEX citations_provision ON citations (provision_id) WHERE provision_id IS NOT NULL;
CREATE INDEX citations_parameter ON citations (parameter_id) WHERE parameter_id IS NOT NULL;
CREATE INDEX citations_facility ON citations (facility_id) WHERE facility_id IS NOT NULL;
CREATE INDEX citations_actor ON citations (actor_id) WHERE actor_id IS NOT NULL;
CREATE INDEX citations_incident ON citations (incident_id) WHERE incident_id IS NOT NULL;
CREATE INDEX citations_outcome ON citations (outcome_id) WHERE outcome_id IS NOT NULL;
CREATE INDEX citations_criticism ON citations (criticism_id) WHERE criticism_id IS NOT NULL;
CREATE INDEX citations_provision_incident ON citations (provision_incident_id) WHERE provision_incident_id IS NOT NULL;
CREATE INDEX citations_provision_criticism ON citations (provision_criticism_id) WHERE provision_criticism_id IS NOT NULL;
CREATE INDEX citations_claim ON citations (claim_id) WHERE claim_id IS NOT NULL;
CREATE INDEX citations_event ON citations (event_id) WHERE event_id IS NOT NULL;

-- Last line of defence behind the store's own check: no statement, whoever sends it,
-- can record a quote that its source does not contain, or change a source's text so
-- that a quote it backs no longer occurs in it.
CREATE TRIGGER citations_quote_in_source_insert
BEFORE INSERT ON citations
WHEN (SELECT instr(body, NEW.quote) FROM sources WHERE id = NEW.source_id) = 0
BEGIN
    SELECT RAISE(ABORT, 'citation quote does not occur in its source text');
END;

CREATE TRIGGER citations_quote_in_source_update
BEFORE UPDATE OF quote, source_id ON citations
WHEN (SELECT instr(body, NEW.quote) FROM sources WHERE id = NEW.source_id) = 0
BEGIN
    SELECT RAISE(ABORT, 'citation quote does not occur in its source text');
END;

CREATE TRIGGER sources_body_keeps_quotes
BEFORE UPDATE OF body ON sources
WHEN EXISTS (SELECT 1 FROM citations c WHERE c.source_id = NEW.id AND instr(NEW.body, c.quote) = 0)
BEGIN
    SELECT RAISE(ABORT, 'source text change would orphan a citation quote');
END;

-- Which curated dataset was loaded, so that start-up loads it once and only once.
CREATE TABLE dataset_loads (
    digest    TEXT PRIMARY KEY,
    loaded_at TEXT NOT NULL
);
