-- What keeps lists and search flat as the data grows (issue 7's scale runs).

-- A provision's links in link order: its first page is read from the index, not
-- sorted from all of its links.
CREATE INDEX provision_incidents_provision ON provision_incidents (provision_id, id);
CREATE INDEX provision_criticisms_provision ON provision_criticisms (provision_id, id);

-- Search finds rows whose folded text contains every query word (`LIKE '%word%'`).
-- A trigram index answers that without reading every row: an FTS5 table with the
-- trigram tokenizer beside each searched table, kept in step by triggers. The
-- plain LIKE on the row stays the test, so results do not change, only their cost.

CREATE VIRTUAL TABLE provisions_search USING fts5(search_text, content='provisions', content_rowid='id', tokenize='trigram');
INSERT INTO provisions_search (provisions_search) VALUES ('rebuild');
CREATE TRIGGER provisions_search_insert AFTER INSERT ON provisions BEGIN
    INSERT INTO provisions_search (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
CREATE TRIGGER provisions_search_delete AFTER DELETE ON provisions BEGIN
    INSERT INTO provisions_search (provisions_search, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
END;
CREATE TRIGGER provisions_search_update AFTER UPDATE OF search_text ON provisions BEGIN
    INSERT INTO provisions_search (provisions_search, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
    INSERT INTO provisions_search (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;

CREATE VIRTUAL TABLE incidents_search USING fts5(search_text, content='incidents', content_rowid='id', tokenize='trigram');
INSERT INTO incidents_search (incidents_search) VALUES ('rebuild');
CREATE TRIGGER incidents_search_insert AFTER INSERT ON incidents BEGIN
    INSERT INTO incidents_search (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
CREATE TRIGGER incidents_search_delete AFTER DELETE ON incidents BEGIN
    INSERT INTO incidents_search (incidents_search, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
END;
CREATE TRIGGER incidents_search_update AFTER UPDATE OF search_text ON incidents BEGIN
    INSERT INTO incidents_search (incidents_search, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
    INSERT INTO incidents_search (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;

CREATE VIRTUAL TABLE criticisms_search USING fts5(search_text, content='criticisms', content_rowid='id', tokenize='trigram');
INSERT INTO criticisms_search (criticisms_search) VALUES ('rebuild');
CREATE TRIGGER criticisms_search_insert AFTER INSERT ON criticisms BEGIN
    INSERT INTO criticisms_search (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
CREATE TRIGGER criticisms_search_delete AFTER DELETE ON criticisms BEGIN
    INSERT INTO criticisms_search (criticisms_search, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
END;
CREATE TRIGGER criticisms_search_update AFTER UPDATE OF search_text ON criticisms BEGIN
    INSERT INTO criticisms_search (criticisms_search, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
    INSERT INTO criticisms_search (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;

CREATE VIRTUAL TABLE actors_search USING fts5(search_text, content='actors', content_rowid='id', tokenize='trigram');
INSERT INTO actors_search (actors_search) VALUES ('rebuild');
CREATE TRIGGER actors_search_insert AFTER INSERT ON actors BEGIN
    INSERT INTO actors_search (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
CREATE TRIGGER actors_search_delete AFTER DELETE ON actors BEGIN
    INSERT INTO actors_search (actors_search, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
END;
CREATE TRIGGER actors_search_update AFTER UPDATE OF search_text ON actors BEGIN
    INSERT INTO actors_search (actors_search, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
    INSERT INTO actors_search (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;

CREATE VIRTUAL TABLE facilities_search USING fts5(search_text, content='facilities', content_rowid='id', tokenize='trigram');
INSERT INTO facilities_search (facilities_search) VALUES ('rebuild');
CREATE TRIGGER facilities_search_insert AFTER INSERT ON facilities BEGIN
    INSERT INTO facilities_search (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
CREATE TRIGGER facilities_search_delete AFTER DELETE ON facilities BEGIN
    INSERT INTO facilities_search (facilities_search, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
END;
CREATE TRIGGER facilities_search_update AFTER UPDATE OF search_text ON facilities BEGIN
    INSERT INTO facilities_search (facilities_search, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
    INSERT INTO facilities_search (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;

CREATE VIRTUAL TABLE sources_search USING fts5(search_text, content='sources', content_rowid='id', tokenize='trigram');
INSERT INTO sources_search (sources_search) VALUES ('rebuild');
CREATE TRIGGER sources_search_insert AFTER INSERT ON sources BEGIN
    INSERT INTO sources_search (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
CREATE TRIGGER sources_search_delete AFTER DELETE ON sources BEGIN
    INSERT INTO sources_search (sources_search, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
END;
CREATE TRIGGER sources_search_update AFTER UPDATE OF search_text ON sources BEGIN
    INSERT INTO sources_search (sources_search, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
    INSERT INTO sources_search (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
