CREATE COLLATION ci (provider = icu, locale = 'und', deterministic = true);
CREATE DOMAIN label AS text COLLATE ci;
CREATE DOMAIN short_label AS label;
CREATE TABLE t (s short_label);
