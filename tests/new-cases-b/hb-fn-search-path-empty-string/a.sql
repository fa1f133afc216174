CREATE FUNCTION norm_email(e text) RETURNS text LANGUAGE sql IMMUTABLE
  AS 'SELECT pg_catalog.lower(pg_catalog.btrim(e))';
