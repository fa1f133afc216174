-- The collation is re-created (deterministic changes) under two domains: one no column uses,
-- and one whose CHECK changes too, used by a column and a view.
CREATE COLLATION ci (provider = icu, locale = 'und', deterministic = true);
CREATE DOMAIN spare AS text COLLATE ci;
CREATE DOMAIN code AS varchar(20) COLLATE ci CHECK (VALUE <> '');
CREATE TABLE t (id int, c code);
CREATE VIEW t_v AS SELECT c FROM t;
