CREATE FUNCTION span_len(r anyrange) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT (upper(r) - lower(r))::text';
