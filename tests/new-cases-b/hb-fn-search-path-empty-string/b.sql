CREATE FUNCTION norm_email(e text) RETURNS text LANGUAGE sql IMMUTABLE
  SET search_path = ''
  AS 'SELECT pg_catalog.lower(pg_catalog.btrim(e))';
