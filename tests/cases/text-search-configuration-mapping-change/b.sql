CREATE SCHEMA search;
-- Mappings change in place: one token type re-mapped to a new dictionary (created first),
-- one unmapped, one added; the old dictionary goes once nothing maps to it.
CREATE TEXT SEARCH DICTIONARY search.new_words (TEMPLATE = simple, ACCEPT = false);
CREATE TEXT SEARCH CONFIGURATION search.docs (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION search.docs ADD MAPPING FOR asciiword WITH search.new_words, simple;
ALTER TEXT SEARCH CONFIGURATION search.docs ADD MAPPING FOR numword, int WITH simple;
COMMENT ON TEXT SEARCH CONFIGURATION search.docs IS 'documents with numbers';
