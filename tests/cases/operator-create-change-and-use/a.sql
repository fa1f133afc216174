CREATE TABLE t (a int, b int);
CREATE FUNCTION int_eq(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE FUNCTION int_ne(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT $1 <> $2';
CREATE FUNCTION int_ne_strict(int, int) RETURNS bool LANGUAGE sql IMMUTABLE STRICT AS 'SELECT $1 <> $2';
CREATE FUNCTION int_lt(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT $1 < $2';
CREATE FUNCTION int_neg(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT -$1';
-- A commutator / negator pair naming each other: whichever comes first makes the other's shell.
CREATE OPERATOR === (FUNCTION = int_eq, LEFTARG = int, RIGHTARG = int, COMMUTATOR = ===, NEGATOR = !==,
  RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR !== (FUNCTION = int_ne, LEFTARG = int, RIGHTARG = int, COMMUTATOR = !==, NEGATOR = ===);
CREATE OPERATOR <<< (FUNCTION = int_lt, LEFTARG = int, RIGHTARG = int);
-- A prefix operator (no left argument).
CREATE OPERATOR ~~~ (FUNCTION = int_neg, RIGHTARG = int);
COMMENT ON OPERATOR === (int, int) IS 'equal';
CREATE VIEW same AS SELECT a FROM t WHERE a === b;
CREATE VIEW differ AS SELECT a FROM t WHERE a !== b;
