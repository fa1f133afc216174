-- Routine bodies that look like the plan's own machinery: dollar-quote tags
-- ($function$, $schemad$), non-transactional DDL text (CREATE INDEX
-- CONCURRENTLY, ALTER TYPE ... ADD VALUE, VACUUM) and COMMIT in a procedure.
-- A plan splitter or quoter that scans text must leave them alone.
CREATE TYPE mood AS ENUM ('ok', 'meh');
CREATE TABLE notes (id int PRIMARY KEY, body text);
CREATE FUNCTION tricky_a() RETURNS text LANGUAGE sql IMMUTABLE
  AS $q$ SELECT 'v2 $function$ $functionx$ $schemad$ $$; end; $moverows$' $q$;
CREATE FUNCTION tricky_b(x text) RETURNS text LANGUAGE plpgsql AS $body$
BEGIN
  -- ALTER TYPE mood ADD VALUE 'bad';
  IF x = 'vacuum' THEN RETURN 'VACUUM ANALYZE notes; COMMIT;'; END IF;
  RETURN $in$it's "quoted"; $in$ || x;
END $body$;
CREATE PROCEDURE maintain() LANGUAGE plpgsql AS $p$
BEGIN
  EXECUTE 'CREATE INDEX CONCURRENTLY IF NOT EXISTS notes_body ON notes (body)';
  COMMIT;
  EXECUTE 'VACUUM notes';
END $p$;
COMMENT ON FUNCTION tricky_b(text) IS 'has $$ and ; and '' inside';
