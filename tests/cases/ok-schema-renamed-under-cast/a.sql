CREATE SCHEMA geo;
CREATE TYPE geo.pair AS (a int, b int);
CREATE FUNCTION geo.pair_text(geo.pair) RETURNS text LANGUAGE sql IMMUTABLE RETURN $1.a || '/' || $1.b;
CREATE CAST (geo.pair AS text) WITH FUNCTION geo.pair_text(geo.pair);
