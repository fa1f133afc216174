-- A text-like base type whose cast to text goes through a SQL function in a; in b the cast is
-- binary (WITHOUT FUNCTION) and the function is gone. The view and the index expression print
-- "(code)::text" on both sides, yet in a they call the function: they must be rebuilt before
-- the function can be dropped (and the other way round).
CREATE TYPE sku;
CREATE FUNCTION sku_in(cstring) RETURNS sku AS 'textin' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION sku_out(sku) RETURNS cstring AS 'textout' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE sku (INPUT = sku_in, OUTPUT = sku_out, INTERNALLENGTH = VARIABLE, STORAGE = extended,
  ALIGNMENT = int4, CATEGORY = 'S');
CREATE FUNCTION sku_text(sku) RETURNS text LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT textin(sku_out($1)) $$;
CREATE CAST (sku AS text) WITH FUNCTION sku_text(sku) AS ASSIGNMENT;
CREATE TABLE item (id int PRIMARY KEY, code sku NOT NULL);
CREATE INDEX item_code_text ON item ((code::text));
CREATE VIEW item_codes AS SELECT id, code::text AS code_text FROM item;
