-- Extensions get team comments (overriding the ones their scripts set) and
-- one loses its comment entirely; pg_trgm moves between versions.
CREATE EXTENSION hstore;
CREATE EXTENSION citext;
CREATE EXTENSION pg_trgm VERSION '1.6';
COMMENT ON EXTENSION hstore IS 'key/value attributes for kv.attrs';
COMMENT ON EXTENSION citext IS NULL;
CREATE TABLE kv (id int PRIMARY KEY, attrs hstore, tag citext);
