CREATE FUNCTION int_neg(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT -$1';
CREATE FUNCTION int_lt(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT $1 < $2';
CREATE FUNCTION int_ne_strict(int, int) RETURNS bool LANGUAGE sql IMMUTABLE STRICT AS 'SELECT $1 <> $2';
CREATE FUNCTION int_ne(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT $1 <> $2';
CREATE FUNCTION int_eq(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE TABLE t (a int, b int);
CREATE OPERATOR === (FUNCTION = int_eq, LEFTARG = int, RIGHTARG = int, COMMUTATOR = ===, NEGATOR = !==,
  RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
-- !== calls another function: re-created (=== keeps naming it as its negator), and so is the view using it.
CREATE OPERATOR !== (FUNCTION = int_ne_strict, LEFTARG = int, RIGHTARG = int, COMMUTATOR = !==, NEGATOR = ===);
-- <<< gains estimators: ALTER OPERATOR ... SET in place.
CREATE OPERATOR <<< (FUNCTION = int_lt, LEFTARG = int, RIGHTARG = int, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
-- ~~~ is gone; @@@ is new.
CREATE OPERATOR @@@ (FUNCTION = int_neg, RIGHTARG = int);
COMMENT ON OPERATOR === (int, int) IS 'equal, as integers';
COMMENT ON OPERATOR @@@ (NONE, int) IS 'negated';
CREATE VIEW same AS SELECT a FROM t WHERE a === b;
CREATE VIEW differ AS SELECT a FROM t WHERE a !== b;
-- New schema, type, functions and a pair of operators in it: created after them, dropped before them.
CREATE SCHEMA geo;
CREATE TYPE geo.pt AS (x int, y int);
CREATE FUNCTION geo.pt_eq(geo.pt, geo.pt) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT $1.x = $2.x AND $1.y = $2.y';
CREATE FUNCTION geo.pt_ne(geo.pt, geo.pt) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT NOT ($1.x = $2.x AND $1.y = $2.y)';
CREATE OPERATOR geo.= (FUNCTION = geo.pt_eq, LEFTARG = geo.pt, RIGHTARG = geo.pt,
  COMMUTATOR = OPERATOR(geo.=), NEGATOR = OPERATOR(geo.<>));
CREATE OPERATOR geo.<> (FUNCTION = geo.pt_ne, LEFTARG = geo.pt, RIGHTARG = geo.pt,
  COMMUTATOR = OPERATOR(geo.<>), NEGATOR = OPERATOR(geo.=));
CREATE VIEW geo.same_points AS SELECT ROW(1, 2)::geo.pt OPERATOR(geo.=) ROW(1, 2)::geo.pt AS same;
-- An aggregate whose SORTOP is a new operator: created after it, dropped before it.
CREATE FUNCTION geo.pt_lt(geo.pt, geo.pt) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT ($1.x, $1.y) < ($2.x, $2.y)';
CREATE FUNCTION geo.pt_smaller(geo.pt, geo.pt) RETURNS geo.pt LANGUAGE sql IMMUTABLE
  AS 'SELECT CASE WHEN ($1.x, $1.y) < ($2.x, $2.y) THEN $1 ELSE $2 END';
CREATE OPERATOR geo.< (FUNCTION = geo.pt_lt, LEFTARG = geo.pt, RIGHTARG = geo.pt);
CREATE AGGREGATE geo.lowest(geo.pt) (SFUNC = geo.pt_smaller, STYPE = geo.pt, SORTOP = OPERATOR(geo.<));
