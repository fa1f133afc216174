CREATE SCHEMA search;
CREATE TEXT SEARCH DICTIONARY search.english_stop (TEMPLATE = simple, STOPWORDS = english, ACCEPT = false);
CREATE TEXT SEARCH DICTIONARY public."Synonyms" (TEMPLATE = synonym, SYNONYMS = synonym_sample);
COMMENT ON TEXT SEARCH DICTIONARY public."Synonyms" IS 'sample synonyms';
