CREATE COLLATION ci (provider = icu, locale = 'und', deterministic = true);
CREATE TABLE t (k text DEFAULT ('x' COLLATE ci));
