-- A base type built on varchar's internal functions, with typmod support (TYPMOD_IN/OUT):
-- columns declare "code(10)". In b a column is widened to code(20), another gets the modifier
-- removed, and an array column is widened too; a view and a function argument use the type.
CREATE TYPE code;
CREATE FUNCTION code_in(cstring, oid, int) RETURNS code AS 'varcharin' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION code_out(code) RETURNS cstring AS 'varcharout' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION code_typmod_in(cstring[]) RETURNS int AS 'varchartypmodin' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION code_typmod_out(int) RETURNS cstring AS 'varchartypmodout' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE code (INPUT = code_in, OUTPUT = code_out, TYPMOD_IN = code_typmod_in, TYPMOD_OUT = code_typmod_out,
  INTERNALLENGTH = VARIABLE, STORAGE = extended, CATEGORY = 'S', COLLATABLE = true);
CREATE TABLE part (
  id int PRIMARY KEY,
  sku code(10) NOT NULL,
  alt code(8),
  tags code(6)[] DEFAULT '{}'
);
CREATE VIEW part_skus AS SELECT id, sku FROM part;
CREATE FUNCTION part_by_sku(s code) RETURNS int LANGUAGE sql STABLE AS $$ SELECT id FROM part WHERE sku::text = s::text $$;
