CREATE TABLE t (n int);
CREATE FUNCTION add_sq(acc bigint, x int) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT acc + x * x';
CREATE AGGREGATE sum_sq(int) (SFUNC = add_sq, STYPE = bigint, INITCOND = '0', PARALLEL = SAFE);
CREATE AGGREGATE my_max(int) (SFUNC = int4larger, STYPE = int, SORTOP = >, COMBINEFUNC = int4larger);
CREATE VIEW v AS SELECT sum_sq(n) AS s FROM t;
COMMENT ON AGGREGATE sum_sq(int) IS 'sum of squares';
REVOKE EXECUTE ON FUNCTION my_max(int) FROM PUBLIC;
