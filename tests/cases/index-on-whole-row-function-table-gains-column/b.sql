-- An expression index calls a function taking the table's row type; the table gains a
-- column and the function (same signature) reads the new column.
CREATE TABLE event (id int PRIMARY KEY, kind text NOT NULL, payload text, source text NOT NULL DEFAULT 'web');
CREATE FUNCTION event_key(e event) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT e.source || ':' || e.kind || '/' || e.id $$;
CREATE INDEX event_key_idx ON event (event_key(event));
