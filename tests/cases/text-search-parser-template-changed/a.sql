CREATE SCHEMA search;
CREATE TEXT SEARCH PARSER search.words (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end,
  LEXTYPES = prsd_lextype, HEADLINE = prsd_headline);
CREATE TEXT SEARCH TEMPLATE search.plain (LEXIZE = dsimple_lexize);
CREATE TEXT SEARCH DICTIONARY search.terms (TEMPLATE = search.plain);
CREATE TEXT SEARCH CONFIGURATION search.docs (PARSER = search.words);
ALTER TEXT SEARCH CONFIGURATION search.docs ADD MAPPING FOR asciiword WITH search.terms;
COMMENT ON TEXT SEARCH TEMPLATE search.plain IS 'plain';
