CREATE SCHEMA search;
-- Neither can be altered: the parser without HEADLINE and the template with INIT are
-- re-created, and with them the dictionary on the template and the configuration on both.
CREATE TEXT SEARCH PARSER search.words (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end,
  LEXTYPES = prsd_lextype);
CREATE TEXT SEARCH TEMPLATE search.plain (INIT = dsimple_init, LEXIZE = dsimple_lexize);
CREATE TEXT SEARCH DICTIONARY search.terms (TEMPLATE = search.plain);
CREATE TEXT SEARCH CONFIGURATION search.docs (PARSER = search.words);
ALTER TEXT SEARCH CONFIGURATION search.docs ADD MAPPING FOR asciiword WITH search.terms;
-- A comment alone changes in place.
COMMENT ON TEXT SEARCH TEMPLATE search.plain IS 'plain, with stop words';
