CREATE SCHEMA search;
-- A new template re-creates the dictionary, and with it the configuration that maps to it.
CREATE TEXT SEARCH DICTIONARY search.terms (TEMPLATE = synonym, SYNONYMS = synonym_sample);
CREATE TEXT SEARCH CONFIGURATION search.docs (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION search.docs ADD MAPPING FOR asciiword WITH search.terms, simple;
COMMENT ON TEXT SEARCH CONFIGURATION search.docs IS 'documents';
