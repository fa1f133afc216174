CREATE TYPE pair AS (a int, b int);
CREATE FUNCTION pair_text(pair) RETURNS text LANGUAGE sql IMMUTABLE RETURN $1.a || '/' || $1.b;
CREATE CAST (pair AS text) WITH FUNCTION pair_text(pair);
