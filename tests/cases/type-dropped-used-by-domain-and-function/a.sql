CREATE TYPE pair AS (x int, y int);
CREATE DOMAIN pos AS int CHECK (VALUE > 0);
CREATE TABLE t (id int, p pair, n pos);
CREATE FUNCTION px(pair) RETURNS int LANGUAGE sql AS 'SELECT $1.x';
CREATE VIEW tv AS SELECT id, px(p) AS x FROM t;
