-- Issue 24: the records' own texts in French as well as English. The existing
-- columns (heading, summary, title, description) hold the English; each French
-- counterpart is optional, so a record may lack it and the API says which
-- language it served.
ALTER TABLE provisions ADD COLUMN heading_fr TEXT;
ALTER TABLE provisions ADD COLUMN summary_fr TEXT;
ALTER TABLE incidents ADD COLUMN title_fr TEXT;
ALTER TABLE incidents ADD COLUMN summary_fr TEXT;
ALTER TABLE criticisms ADD COLUMN summary_fr TEXT;
ALTER TABLE lifecycle_events ADD COLUMN title_fr TEXT;
ALTER TABLE lifecycle_events ADD COLUMN description_fr TEXT;
