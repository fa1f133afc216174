CREATE EXTENSION hstore;
CREATE TABLE kv (id int PRIMARY KEY, attrs hstore);
CREATE FUNCTION kv_keys(h hstore) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT public.akeys(h) $$;
ALTER FUNCTION kv_keys(hstore) DEPENDS ON EXTENSION hstore;
CREATE INDEX kv_keys_idx ON kv (kv_keys(attrs));
ALTER INDEX kv_keys_idx DEPENDS ON EXTENSION hstore;
COMMENT ON TABLE kv IS 'key/value rows';
