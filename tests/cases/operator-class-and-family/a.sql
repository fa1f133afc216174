CREATE TABLE t (n int, m bigint);
CREATE FUNCTION rev_cmp(int, int) RETURNS int LANGUAGE sql IMMUTABLE
  AS 'SELECT CASE WHEN $1 > $2 THEN -1 WHEN $1 < $2 THEN 1 ELSE 0 END';
CREATE FUNCTION int_hash(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT hashint4($1)';
CREATE FUNCTION int_hash_salted(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT hashint4($1 # 42)';
-- A btree class in a family made first, used by an index.
CREATE OPERATOR FAMILY rev_ops USING btree;
CREATE OPERATOR CLASS rev_ops FOR TYPE int USING btree FAMILY rev_ops AS
  OPERATOR 1 >, OPERATOR 2 >=, OPERATOR 3 =, OPERATOR 4 <=, OPERATOR 5 <, FUNCTION 1 rev_cmp(int, int);
COMMENT ON OPERATOR CLASS rev_ops USING btree IS 'descending';
CREATE INDEX t_n_rev ON t (n rev_ops);
-- A hash class whose family CREATE OPERATOR CLASS makes, used by an index.
CREATE OPERATOR CLASS int_hash_ops FOR TYPE int USING hash AS OPERATOR 1 =, FUNCTION 1 int_hash(int);
CREATE INDEX t_n_hash ON t USING hash (n int_hash_ops);
-- An exclusion constraint's index uses the class too.
CREATE TABLE u (n int, EXCLUDE USING hash (n int_hash_ops WITH =));
-- Gone in b, with its family.
CREATE OPERATOR CLASS gone_ops FOR TYPE bigint USING btree AS
  OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >, FUNCTION 1 btint8cmp(bigint, bigint);
