-- A collation re-created (deterministic flips) under a chain of domains (a domain over a collated domain, and an
-- array of it), used by columns with rows, a function signature and a view.
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE DOMAIN label AS text COLLATE ci;
CREATE DOMAIN short_label AS label CHECK (length(VALUE) <= 12);
CREATE TABLE item (id int PRIMARY KEY, l label, sl short_label, tags short_label[]);
CREATE FUNCTION shout(x short_label) RETURNS text LANGUAGE sql IMMUTABLE RETURN upper(x);
CREATE VIEW item_loud AS SELECT id, shout(sl) AS loud FROM item;
