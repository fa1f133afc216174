CREATE EXTENSION hstore;
CREATE TABLE kv (id int PRIMARY KEY, attrs hstore);
CREATE FUNCTION kv_keys(h hstore) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT public.akeys(h) $$;
CREATE INDEX kv_keys_idx ON kv (kv_keys(attrs));
