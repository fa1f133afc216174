CREATE TABLE t (n int, m bigint);
CREATE FUNCTION rev_cmp(int, int) RETURNS int LANGUAGE sql IMMUTABLE
  AS 'SELECT CASE WHEN $1 > $2 THEN -1 WHEN $1 < $2 THEN 1 ELSE 0 END';
CREATE FUNCTION int_hash(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT hashint4($1)';
CREATE FUNCTION int_hash_salted(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT hashint4($1 # 42)';
CREATE FUNCTION rev_cmp48(int, bigint) RETURNS int LANGUAGE sql IMMUTABLE
  AS 'SELECT CASE WHEN $1 > $2 THEN -1 WHEN $1 < $2 THEN 1 ELSE 0 END';
-- The family gains loose (cross-type) members: it is re-created, with its class and the index.
CREATE OPERATOR FAMILY rev_ops USING btree;
ALTER OPERATOR FAMILY rev_ops USING btree ADD OPERATOR 1 > (int, bigint), FUNCTION 1 (int, bigint) rev_cmp48(int, bigint);
CREATE OPERATOR CLASS rev_ops FOR TYPE int USING btree FAMILY rev_ops AS
  OPERATOR 1 >, OPERATOR 2 >=, OPERATOR 3 =, OPERATOR 4 <=, OPERATOR 5 <, FUNCTION 1 rev_cmp(int, int);
COMMENT ON OPERATOR CLASS rev_ops USING btree IS 'descending order';
COMMENT ON OPERATOR FAMILY rev_ops USING btree IS 'descending integers';
CREATE INDEX t_n_rev ON t (n rev_ops);
-- Another support function: the class is re-created, and so is its index.
CREATE OPERATOR CLASS int_hash_ops FOR TYPE int USING hash AS OPERATOR 1 =, FUNCTION 1 int_hash_salted(int);
CREATE INDEX t_n_hash ON t USING hash (n int_hash_ops);
-- An exclusion constraint's index uses the class too.
CREATE TABLE u (n int, EXCLUDE USING hash (n int_hash_ops WITH =));
-- New: a class with a cross-type member in CREATE OPERATOR CLASS (PostgreSQL keeps it in the
-- family), in another schema, and an index on it.
CREATE SCHEMA ops;
CREATE OPERATOR CLASS ops.big_ops FOR TYPE bigint USING btree AS
  OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >, FUNCTION 1 btint8cmp(bigint, bigint),
  OPERATOR 1 < (bigint, int), FUNCTION 1 (bigint, int) btint84cmp(bigint, int);
CREATE INDEX t_m ON t (m ops.big_ops);
