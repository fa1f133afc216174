CREATE COLLATION c1 (provider = icu, locale = 'de-u-ks-level2', deterministic = false);
CREATE TABLE t (id int, s text COLLATE c1);
