CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE tag (name text COLLATE ci PRIMARY KEY);
