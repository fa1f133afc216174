CREATE FUNCTION numspan_diff(a numeric, b numeric) RETURNS float8 LANGUAGE sql IMMUTABLE STRICT AS 'SELECT (a - b)::float8';
CREATE TYPE numspan AS RANGE (subtype = numeric, subtype_diff = numspan_diff);
COMMENT ON TYPE numspan IS 'numeric span';
COMMENT ON TYPE nummultirange IS 'numeric spans';
REVOKE USAGE ON TYPE nummultirange FROM PUBLIC;
GRANT USAGE ON TYPE nummultirange TO app_reader;
CREATE TABLE bands (id int PRIMARY KEY, r numspan, rs nummultirange);
