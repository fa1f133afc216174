-- A domain rebuilt (its base type changes) under a composite type that a typed table, with
-- rows, an index and a view, is typed by: the table stays (NOT OF around the rebuild).
CREATE DOMAIN code AS varchar(10) CHECK (VALUE <> '');
CREATE TYPE item_t AS (id int, code code, note text);
CREATE TABLE item OF item_t (PRIMARY KEY (id), note WITH OPTIONS DEFAULT 'n/a');
CREATE INDEX item_code ON item (code);
CREATE VIEW item_codes AS SELECT id, code FROM item;
