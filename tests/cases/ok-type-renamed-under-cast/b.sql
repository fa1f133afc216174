CREATE TYPE duo AS (a int, b int);
CREATE FUNCTION pair_text(duo) RETURNS text LANGUAGE sql IMMUTABLE RETURN $1.a || '/' || $1.b;
CREATE CAST (duo AS text) WITH FUNCTION pair_text(duo);
