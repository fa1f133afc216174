CREATE DOMAIN qty AS bigint CHECK (VALUE >= 0);
CREATE TABLE t (n qty DEFAULT 1, ns qty[]);
CREATE FUNCTION twice(q qty) RETURNS int LANGUAGE sql AS 'SELECT q * 2';
COMMENT ON DOMAIN qty IS 'quantity';
