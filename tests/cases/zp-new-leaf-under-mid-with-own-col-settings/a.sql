CREATE TABLE doc (id bigint NOT NULL, yr int NOT NULL, lang text NOT NULL DEFAULT 'en', body text, status text DEFAULT 'draft') PARTITION BY LIST (yr);
CREATE TABLE doc_2024 PARTITION OF doc FOR VALUES IN (2024) PARTITION BY LIST (lang);
CREATE TABLE doc_2024_en PARTITION OF doc_2024 FOR VALUES IN ('en');
-- the archive year keeps bodies out of line and compressed with pglz, and defaults to archived
ALTER TABLE ONLY doc_2024 ALTER body SET STORAGE EXTERNAL;
ALTER TABLE ONLY doc_2024 ALTER status SET DEFAULT 'archived';
ALTER TABLE ONLY doc_2024 ALTER lang SET DEFAULT 'de';
