-- geo renamed to place, then int_eq and cmp renamed: the operator, the family and class and
-- the index on it move with them, nothing is dropped.
CREATE SCHEMA place;
CREATE TABLE place.t (n int);
CREATE FUNCTION place.compare(int, int) RETURNS int LANGUAGE sql IMMUTABLE
  AS 'SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END';
CREATE OPERATOR FAMILY place.int_ops USING btree;
CREATE OPERATOR CLASS place.int_ops FOR TYPE int USING btree FAMILY place.int_ops AS
  OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >, FUNCTION 1 place.compare(int, int);
CREATE INDEX t_n ON place.t (n place.int_ops);
CREATE FUNCTION place.int_equal(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE OPERATOR place.=== (FUNCTION = place.int_equal, LEFTARG = int, RIGHTARG = int, COMMUTATOR = OPERATOR(place.===));
CREATE VIEW place.ones AS SELECT n FROM place.t WHERE n OPERATOR(place.===) 1;
