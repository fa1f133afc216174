CREATE SCHEMA search;
CREATE TEXT SEARCH DICTIONARY search.plain (TEMPLATE = pg_catalog.simple);
COMMENT ON TEXT SEARCH DICTIONARY search.plain IS 'lower-cased words';
