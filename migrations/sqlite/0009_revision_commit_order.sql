-- Revisions get their place in commit order (`commit_seq`), assigned while the
-- writing transaction is the only one that may assign one, so a feed that reads
-- `commit_seq > cursor` never skips a revision whose transaction committed late.
-- On SQLite one writer at a time already makes ids follow commit order.
ALTER TABLE revisions ADD COLUMN commit_seq INTEGER;
UPDATE revisions SET commit_seq = id;
CREATE UNIQUE INDEX revisions_commit_seq ON revisions (commit_seq);
