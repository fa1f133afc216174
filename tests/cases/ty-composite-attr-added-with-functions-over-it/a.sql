CREATE TYPE dims AS (w int, h int);
CREATE TABLE box (id int PRIMARY KEY, d dims);
CREATE FUNCTION area(x dims) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT x.w * x.h';
