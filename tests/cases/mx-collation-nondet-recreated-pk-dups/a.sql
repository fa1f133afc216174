CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = true);
CREATE TABLE tag (name text COLLATE ci PRIMARY KEY);
