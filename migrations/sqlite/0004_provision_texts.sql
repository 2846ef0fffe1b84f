-- A provision's text at a legislative stage (or before the law, with no stage), as
-- one source gives it: the official wording where a source quotes it, otherwise the
-- source's own account of what the clause said then. The text is a verbatim quote
-- of its source, checked like a citation's, so it can never say more than the source.
CREATE TABLE provision_texts (
    id           INTEGER PRIMARY KEY,
    provision_id INTEGER NOT NULL REFERENCES provisions (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    stage_id     INTEGER REFERENCES law_stages (id) ON DELETE RESTRICT,
    kind         TEXT NOT NULL CHECK (kind IN ('wording', 'source_account')),
    source_id    INTEGER NOT NULL REFERENCES sources (id) ON DELETE RESTRICT,
    quote        TEXT NOT NULL CHECK (quote <> ''),
    note         TEXT,
    UNIQUE (provision_id, position)
);
CREATE INDEX provision_texts_source ON provision_texts (source_id);

CREATE TRIGGER provision_texts_quote_in_source_insert
BEFORE INSERT ON provision_texts
WHEN (SELECT instr(body, NEW.quote) FROM sources WHERE id = NEW.source_id) = 0
BEGIN
    SELECT RAISE(ABORT, 'provision text does not occur in its source text');
END;

CREATE TRIGGER provision_texts_quote_in_source_update
BEFORE UPDATE OF quote, source_id ON provision_texts
WHEN (SELECT instr(body, NEW.quote) FROM sources WHERE id = NEW.source_id) = 0
BEGIN
    SELECT RAISE(ABORT, 'provision text does not occur in its source text');
END;

CREATE TRIGGER sources_body_keeps_provision_texts
BEFORE UPDATE OF body ON sources
WHEN EXISTS (SELECT 1 FROM provision_texts t WHERE t.source_id = NEW.id AND instr(NEW.body, t.quote) = 0)
BEGIN
    SELECT RAISE(ABORT, 'source text change would orphan a provision text');
END;
