CREATE SCHEMA geodata;
CREATE TYPE geodata.pair AS (a int, b int);
CREATE FUNCTION geodata.pair_text(geodata.pair) RETURNS text LANGUAGE sql IMMUTABLE RETURN $1.a || '/' || $1.b;
CREATE CAST (geodata.pair AS text) WITH FUNCTION geodata.pair_text(geodata.pair);
