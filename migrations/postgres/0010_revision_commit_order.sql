-- Revisions get their place in commit order (`commit_seq`). Ids come from a
-- sequence, drawn when a row is inserted, so two writers can commit in the other
-- order than their ids: a feed reading `id > cursor` could skip the one that
-- committed second. `commit_seq` is assigned under a transaction-level advisory
-- lock held until commit, so seqs are handed out in commit order and every
-- snapshot sees a gapless prefix of them.
ALTER TABLE revisions ADD COLUMN commit_seq BIGINT;
UPDATE revisions SET commit_seq = id;
ALTER TABLE revisions ALTER COLUMN commit_seq SET NOT NULL;
CREATE UNIQUE INDEX revisions_commit_seq ON revisions (commit_seq);
