CREATE SCHEMA search;
-- Options change (one dropped, one changed) on a dictionary a configuration uses: altered in
-- place, the configuration stays.
CREATE TEXT SEARCH DICTIONARY search.words (TEMPLATE = simple, STOPWORDS = russian);
CREATE TEXT SEARCH DICTIONARY search.stems (TEMPLATE = snowball, LANGUAGE = english, STOPWORDS = english);
CREATE TEXT SEARCH CONFIGURATION search.docs (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION search.docs ADD MAPPING FOR asciiword, word WITH search.words, search.stems;
COMMENT ON TEXT SEARCH DICTIONARY search.words IS 'Russian stop words';
