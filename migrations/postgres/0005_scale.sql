-- What keeps lists and search flat as the data grows (issue 7's scale runs).

-- A provision's links in link order: its first page is read from the index, not
-- sorted from all of its links.
CREATE INDEX provision_incidents_provision ON provision_incidents (provision_id, id);
CREATE INDEX provision_criticisms_provision ON provision_criticisms (provision_id, id);

-- Search finds rows whose folded text contains every query word (`LIKE '%word%'`).
-- A trigram GIN index (pg_trgm, a trusted extension shipped with PostgreSQL's
-- contrib modules) answers that without reading every row.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX provisions_search_trgm ON provisions USING gin (search_text gin_trgm_ops);
CREATE INDEX incidents_search_trgm ON incidents USING gin (search_text gin_trgm_ops);
CREATE INDEX criticisms_search_trgm ON criticisms USING gin (search_text gin_trgm_ops);
CREATE INDEX actors_search_trgm ON actors USING gin (search_text gin_trgm_ops);
CREATE INDEX facilities_search_trgm ON facilities USING gin (search_text gin_trgm_ops);
CREATE INDEX sources_search_trgm ON sources USING gin (search_text gin_trgm_ops);
