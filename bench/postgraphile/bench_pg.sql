-- The harness's own schema in the benchmarked PostgreSQL database: what PostGraphile
-- needs to answer the search query (Q4), which no table or plugin provides. bench/run.sh
-- creates it before starting PostGraphile and drops it (DROP SCHEMA bench_pg CASCADE)
-- when it exits; lawtracker's own schema (`public`) is never touched.
--
-- bench_pg.search(query) does the work lawtracker's search does (core/src/search.rs),
-- in SQL, so that the comparison is fair:
--   * match: every folded query word occurs in the row's folded `search_text`
--     (LIKE '%word%', which lawtracker's pg_trgm indexes serve), at most 1000
--     candidates per type, in id order;
--   * rank on the folded text alone: 2 per occurrence in the folded title plus 1 per
--     occurrence in `search_text`, over 1 + ln(its length in characters); ties by
--     type (lawtracker's EntityType order) then slug;
--   * snippet, for the returned page only: `snippet` is a computed column of the
--     hit (bench_pg.search_hit_snippet), which PostGraphile evaluates for the rows
--     it returns, as lawtracker cuts snippets for its page alone. It is a
--     200-character window of the title (when a word is in it) or the body, from 60
--     characters before the first match, matches wrapped in [[ ]].
-- Folding is lower() + a translate() of the accented Latin letters + every run of
-- other characters to one space: lawtracker's Unicode fold for French and English
-- text (ligatures such as œ aside). The snippet window is found in the lowercased
-- original, so a word that is accented there gives a window from the start of the
-- text (lawtracker maps folded offsets back); hits, order and scores are the same.

CREATE SCHEMA IF NOT EXISTS bench_pg;

DROP FUNCTION IF EXISTS bench_pg.search(text);
DROP FUNCTION IF EXISTS bench_pg.search_hit_snippet(bench_pg.search_hit);
DROP FUNCTION IF EXISTS bench_pg.fold(text);
DROP FUNCTION IF EXISTS bench_pg.occurrences(text, text);
DROP TYPE IF EXISTS bench_pg.search_hit;

CREATE TYPE bench_pg.search_hit AS (
    type  text,
    slug  text,
    title text,
    score double precision,
    -- What the snippet needs: the row and the folded query words.
    row_id bigint,
    words  text[]
);
COMMENT ON COLUMN bench_pg.search_hit.row_id IS E'@behavior -*';
COMMENT ON COLUMN bench_pg.search_hit.words IS E'@behavior -*';

CREATE FUNCTION bench_pg.fold(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    -- lower() first, so that translate() (slow on multibyte text: it scans its
    -- whole list for every character) only needs the lowercase accented letters.
    SELECT btrim(regexp_replace(
        translate(lower(t), 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy'),
        '[^[:alnum:]]+', ' ', 'g'))
$$;
COMMENT ON FUNCTION bench_pg.fold(text) IS E'@behavior -*';

-- Non-overlapping occurrences of `word` in `text`.
CREATE FUNCTION bench_pg.occurrences(t text, word text) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (length(t) - length(replace(t, word, ''))) / length(word)
$$;
COMMENT ON FUNCTION bench_pg.occurrences(text, text) IS E'@behavior -*';

CREATE FUNCTION bench_pg.search(query text) RETURNS SETOF bench_pg.search_hit
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH words AS MATERIALIZED (
        SELECT array_agg(DISTINCT w ORDER BY w) AS ws,
               array_agg(DISTINCT '%' || w || '%') AS likes
        FROM unnest(string_to_array(bench_pg.fold(query), ' ')) AS w
        WHERE w <> ''
    ),
    -- The first word's LIKE is repeated on its own: a scalar the planner can hand
    -- to the trigram index (LIKE ALL over an array cannot use it).
    candidates AS MATERIALIZED (
        (SELECT 0 AS ord, 'SOURCE' AS type, s.id, s.slug, s.title, s.search_text FROM public.sources s
         WHERE s.search_text LIKE (SELECT likes[1] FROM words) AND s.search_text LIKE ALL ((SELECT likes FROM words)::text[])
         ORDER BY s.id LIMIT 1000)
        UNION ALL
        (SELECT 2, 'PROVISION', p.id, p.slug, p.heading, p.search_text FROM public.provisions p
         WHERE p.search_text LIKE (SELECT likes[1] FROM words) AND p.search_text LIKE ALL ((SELECT likes FROM words)::text[])
         ORDER BY p.id LIMIT 1000)
        UNION ALL
        (SELECT 3, 'FACILITY', f.id, f.slug, f.name, f.search_text FROM public.facilities f
         WHERE f.search_text LIKE (SELECT likes[1] FROM words) AND f.search_text LIKE ALL ((SELECT likes FROM words)::text[])
         ORDER BY f.id LIMIT 1000)
        UNION ALL
        (SELECT 4, 'ACTOR', a.id, a.slug, a.name, a.search_text FROM public.actors a
         WHERE a.search_text LIKE (SELECT likes[1] FROM words) AND a.search_text LIKE ALL ((SELECT likes FROM words)::text[])
         ORDER BY a.id LIMIT 1000)
        UNION ALL
        (SELECT 5, 'INCIDENT', i.id, i.slug, i.title, i.search_text FROM public.incidents i
         WHERE i.search_text LIKE (SELECT likes[1] FROM words) AND i.search_text LIKE ALL ((SELECT likes FROM words)::text[])
         ORDER BY i.id LIMIT 1000)
        UNION ALL
        (SELECT 6, 'CRITICISM', c.id, c.slug, c.summary, c.search_text FROM public.criticisms c
         WHERE c.search_text LIKE (SELECT likes[1] FROM words) AND c.search_text LIKE ALL ((SELECT likes FROM words)::text[])
         ORDER BY c.id LIMIT 1000)
    ),
    folded AS MATERIALIZED (  -- fold each title once: an inlined CTE would fold it per use
        SELECT c.*, bench_pg.fold(c.title) AS ft FROM candidates c
    )
    SELECT f.type, f.slug, f.title,
        (SELECT sum(2 * bench_pg.occurrences(f.ft, w) + bench_pg.occurrences(f.search_text, w)) FROM unnest(words.ws) AS w)::double precision
            / (1 + ln(greatest(char_length(f.search_text), 1))) AS score,
        f.id, words.ws
    FROM folded f, words
    ORDER BY score DESC, f.ord, f.slug
$$;
COMMENT ON FUNCTION bench_pg.search(text) IS
    E'Full-text search across provisions, incidents, criticisms, actors, facilities and sources, like lawtracker''s `search` (bench harness).';

-- The hit's snippet, read from its row: a computed column, so only returned hits pay for it.
CREATE FUNCTION bench_pg.search_hit_snippet(hit bench_pg.search_hit) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH texts AS (
        SELECT title, body FROM (
            SELECT s.title, s.body FROM public.sources s WHERE hit.type = 'SOURCE' AND s.id = hit.row_id
            UNION ALL
            SELECT p.heading, p.summary || ' ' || coalesce(p.body, '') FROM public.provisions p WHERE hit.type = 'PROVISION' AND p.id = hit.row_id
            UNION ALL
            SELECT f.name, coalesce(f.city, '') FROM public.facilities f WHERE hit.type = 'FACILITY' AND f.id = hit.row_id
            UNION ALL
            SELECT a.name, a.description FROM public.actors a WHERE hit.type = 'ACTOR' AND a.id = hit.row_id
            UNION ALL
            SELECT i.title, i.summary || ' ' || coalesce(i.place, '') FROM public.incidents i WHERE hit.type = 'INCIDENT' AND i.id = hit.row_id
            UNION ALL
            SELECT c.summary, coalesce(c.quote, '') FROM public.criticisms c WHERE hit.type = 'CRITICISM' AND c.id = hit.row_id
        ) t
        LIMIT 1
    ),
    excerpt AS (
        SELECT CASE WHEN EXISTS (SELECT 1 FROM unnest(hit.words) AS w WHERE strpos(bench_pg.fold(texts.title), w) > 0)
                         OR btrim(texts.body) = ''
                    THEN texts.title ELSE texts.body END AS t
        FROM texts
    ),
    window_start AS (
        SELECT e.t, greatest(1, (SELECT coalesce(min(nullif(strpos(lower(e.t), w), 0)), 1) FROM unnest(hit.words) AS w) - 60) AS at
        FROM excerpt e
    )
    -- Ellipses where the window cuts the text, whitespace collapsed: as lawtracker's.
    SELECT btrim(regexp_replace(
        CASE WHEN ws.at > 1 THEN '…' ELSE '' END
        || regexp_replace(substr(ws.t, ws.at, 200), '(' || array_to_string(hit.words, '|') || ')', '[[\1]]', 'gi')
        || CASE WHEN ws.at + 200 <= length(ws.t) THEN '…' ELSE '' END,
        '\s+', ' ', 'g'))
    FROM window_start ws
$$;
