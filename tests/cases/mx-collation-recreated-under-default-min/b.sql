CREATE COLLATION ci (provider = icu, locale = 'und', deterministic = false);
CREATE TABLE t (k text DEFAULT ('x' COLLATE ci));
