-- Issue 24: when a source reported an incident's investigating body (bodies change
-- hands: PNAT to Junalco on 2 May 2025), and disputed links.
ALTER TABLE incidents ADD COLUMN investigating_body_as_of TEXT;

-- A link whose provision-specific claim rests only on a source that cannot carry it
-- (a forum post): kept, flagged, and out of default link lists.
ALTER TABLE provision_incidents ADD COLUMN disputed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE provision_incidents ADD COLUMN disputed_note TEXT;
ALTER TABLE provision_criticisms ADD COLUMN disputed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE provision_criticisms ADD COLUMN disputed_note TEXT;
