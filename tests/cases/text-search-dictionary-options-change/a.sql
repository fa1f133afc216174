CREATE SCHEMA search;
CREATE TEXT SEARCH DICTIONARY search.words (TEMPLATE = simple, STOPWORDS = english, ACCEPT = false);
CREATE TEXT SEARCH DICTIONARY search.stems (TEMPLATE = snowball, LANGUAGE = english);
CREATE TEXT SEARCH CONFIGURATION search.docs (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION search.docs ADD MAPPING FOR asciiword, word WITH search.words, search.stems;
COMMENT ON TEXT SEARCH DICTIONARY search.words IS 'stop words';
