-- One descending btree family holds two classes (int4 and int8) and cross-type members. Only
-- the int8 class changes its support function; the int4 class, its index and the family's
-- loose members must survive, the int8 index is rebuilt.
CREATE FUNCTION rev4(int, int) RETURNS int LANGUAGE sql IMMUTABLE STRICT RETURN btint4cmp($2, $1);
CREATE FUNCTION rev8(bigint, bigint) RETURNS int LANGUAGE sql IMMUTABLE STRICT RETURN btint8cmp($2, $1);
CREATE FUNCTION rev8b(bigint, bigint) RETURNS int LANGUAGE sql IMMUTABLE STRICT RETURN -btint8cmp($1, $2);
CREATE FUNCTION rev48(int, bigint) RETURNS int LANGUAGE sql IMMUTABLE STRICT RETURN btint8cmp($2, $1::bigint);
CREATE OPERATOR FAMILY rev_ops USING btree;
CREATE OPERATOR CLASS rev4_ops FOR TYPE int USING btree FAMILY rev_ops AS
  OPERATOR 1 >, OPERATOR 2 >=, OPERATOR 3 =, OPERATOR 4 <=, OPERATOR 5 <, FUNCTION 1 rev4(int, int);
CREATE OPERATOR CLASS rev8_ops FOR TYPE bigint USING btree FAMILY rev_ops AS
  OPERATOR 1 >, OPERATOR 2 >=, OPERATOR 3 =, OPERATOR 4 <=, OPERATOR 5 <, FUNCTION 1 rev8b(bigint, bigint);
ALTER OPERATOR FAMILY rev_ops USING btree ADD
  OPERATOR 1 > (int, bigint), OPERATOR 3 = (int, bigint), OPERATOR 5 < (int, bigint),
  FUNCTION 1 (int, bigint) rev48(int, bigint);
COMMENT ON OPERATOR FAMILY rev_ops USING btree IS 'descending integers';
CREATE TABLE score (id int PRIMARY KEY, small int NOT NULL, big bigint NOT NULL);
CREATE INDEX score_small_desc ON score (small rev4_ops);
CREATE INDEX score_big_desc ON score (big rev8_ops);
