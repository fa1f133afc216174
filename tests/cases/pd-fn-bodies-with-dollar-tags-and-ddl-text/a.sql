-- Routine bodies that look like the plan's own machinery: dollar-quote tags
-- ($function$, $schemad$), non-transactional DDL text (CREATE INDEX
-- CONCURRENTLY, ALTER TYPE ... ADD VALUE, VACUUM) and COMMIT in a procedure.
-- A plan splitter or quoter that scans text must leave them alone.
CREATE TYPE mood AS ENUM ('ok');
CREATE TABLE notes (id int PRIMARY KEY, body text);
CREATE FUNCTION tricky_a() RETURNS text LANGUAGE sql IMMUTABLE
  AS $q$ SELECT 'v1 $function$ and $$ inside' $q$;
CREATE PROCEDURE maintain() LANGUAGE plpgsql AS $p$
BEGIN
  EXECUTE 'CREATE INDEX CONCURRENTLY IF NOT EXISTS notes_body ON notes (body)';
  COMMIT;
END $p$;
