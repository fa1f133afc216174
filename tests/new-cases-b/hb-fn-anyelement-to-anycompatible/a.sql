CREATE FUNCTION coalesce2(a anyelement, b anyelement) RETURNS anyelement LANGUAGE sql IMMUTABLE
  AS 'SELECT coalesce(a, b)';
