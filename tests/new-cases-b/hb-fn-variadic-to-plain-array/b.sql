CREATE FUNCTION first_nonempty(vals text[]) RETURNS text LANGUAGE sql IMMUTABLE
  AS 'SELECT v FROM unnest(vals) v WHERE v <> '''' LIMIT 1';
