-- Issue 24: a parameter's label in French beside the English (`label`), optional
-- like the other `_fr` texts; the API serves the English where none is written.
ALTER TABLE parameters ADD COLUMN label_fr TEXT;
