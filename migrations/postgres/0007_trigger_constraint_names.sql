-- The quote triggers name themselves as constraints with a standard code
-- (check_violation), so the store reports a refused quote as the caller's error,
-- with the field at fault, by code and constraint name rather than message text.
-- (SQLite triggers cannot set a code; the store recognises their fixed messages.)

CREATE OR REPLACE FUNCTION citation_quote_in_source() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT strpos(body, NEW.quote) FROM sources WHERE id = NEW.source_id) = 0 THEN
        RAISE EXCEPTION 'citation quote does not occur in its source text'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'citation_quote_in_source', TABLE = 'citations';
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION source_body_keeps_quotes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM citations c WHERE c.source_id = NEW.id AND strpos(NEW.body, c.quote) = 0) THEN
        RAISE EXCEPTION 'source text change would orphan a citation quote'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'source_body_keeps_quotes', TABLE = 'sources';
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION provision_text_in_source() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT strpos(body, NEW.quote) FROM sources WHERE id = NEW.source_id) = 0 THEN
        RAISE EXCEPTION 'provision text does not occur in its source text'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'provision_text_in_source', TABLE = 'provision_texts';
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION source_body_keeps_provision_texts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM provision_texts t WHERE t.source_id = NEW.id AND strpos(NEW.body, t.quote) = 0) THEN
        RAISE EXCEPTION 'source text change would orphan a provision text'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'source_body_keeps_provision_texts', TABLE = 'sources';
    END IF;
    RETURN NEW;
END $$;
