CREATE TABLE doc (id bigint NOT NULL, yr int NOT NULL, lang text NOT NULL DEFAULT 'en', body text, status text DEFAULT 'draft') PARTITION BY LIST (yr);
CREATE TABLE doc_2024 PARTITION OF doc FOR VALUES IN (2024) PARTITION BY LIST (lang);
CREATE TABLE doc_2024_en PARTITION OF doc_2024 FOR VALUES IN ('en');
ALTER TABLE ONLY doc_2024 ALTER body SET STORAGE EXTERNAL;
ALTER TABLE ONLY doc_2024 ALTER status SET DEFAULT 'archived';
ALTER TABLE ONLY doc_2024 ALTER lang SET DEFAULT 'de';
-- made under the archive year: takes its settings
CREATE TABLE doc_2024_de PARTITION OF doc_2024 FOR VALUES IN ('de');
-- made under the archive year but set back to the root's ways
CREATE TABLE doc_2024_fr PARTITION OF doc_2024 FOR VALUES IN ('fr');
ALTER TABLE ONLY doc_2024_fr ALTER body SET STORAGE EXTENDED;
ALTER TABLE ONLY doc_2024_fr ALTER status SET DEFAULT 'draft';
ALTER TABLE ONLY doc_2024_fr ALTER lang SET DEFAULT 'en';
