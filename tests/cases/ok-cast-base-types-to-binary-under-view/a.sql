-- Two text-like base types; the cast between them goes through a SQL function in a and is
-- binary (WITHOUT FUNCTION) in b. There is no I/O fallback between two non-string types, so
-- the view and the index expression using "code::label" need a cast to exist when they are
-- (re)built.
CREATE TYPE sku;
CREATE FUNCTION sku_in(cstring) RETURNS sku AS 'textin' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION sku_out(sku) RETURNS cstring AS 'textout' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE sku (INPUT = sku_in, OUTPUT = sku_out, INTERNALLENGTH = VARIABLE, STORAGE = extended,
  ALIGNMENT = int4);
CREATE TYPE label;
CREATE FUNCTION label_in(cstring) RETURNS label AS 'textin' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION label_out(label) RETURNS cstring AS 'textout' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE label (INPUT = label_in, OUTPUT = label_out, INTERNALLENGTH = VARIABLE, STORAGE = extended,
  ALIGNMENT = int4);
CREATE FUNCTION sku_label(sku) RETURNS label LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT label_in(sku_out($1)) $$;
CREATE CAST (sku AS label) WITH FUNCTION sku_label(sku);
CREATE TABLE item (id int PRIMARY KEY, code sku NOT NULL);
CREATE VIEW item_labels AS SELECT id, code::label AS l FROM item;
