CREATE FUNCTION span_len(r anyrange) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT (upper(r) - lower(r))::text';
CREATE FUNCTION span_len(r anymultirange) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT (upper(r) - lower(r))::text';
CREATE FUNCTION span_pair(a anycompatiblerange, b anycompatible) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT a @> b';
