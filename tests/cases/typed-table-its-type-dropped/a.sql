-- A table typed by a composite that goes: NOT OF before DROP TYPE.
CREATE TYPE rec AS (a int, b text);
CREATE TABLE typed OF rec;
CREATE FUNCTION recs() RETURNS SETOF rec LANGUAGE sql AS $$ SELECT 1, 'x' $$;
