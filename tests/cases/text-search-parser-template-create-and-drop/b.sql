CREATE SCHEMA search;
-- Every option of each: a parser with HEADLINE, a template with INIT and one without.
CREATE TEXT SEARCH PARSER search.words (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end,
  LEXTYPES = prsd_lextype, HEADLINE = prsd_headline);
CREATE TEXT SEARCH TEMPLATE search.plain (INIT = dsimple_init, LEXIZE = dsimple_lexize);
CREATE TEXT SEARCH TEMPLATE search.bare (LEXIZE = dsimple_lexize);
COMMENT ON TEXT SEARCH PARSER search.words IS 'the default parser again';
COMMENT ON TEXT SEARCH TEMPLATE search.plain IS 'simple, with stop words';
-- What uses them: created after them, dropped before them.
CREATE TEXT SEARCH DICTIONARY search.terms (TEMPLATE = search.plain, STOPWORDS = english);
CREATE TEXT SEARCH CONFIGURATION search.docs (PARSER = search.words);
ALTER TEXT SEARCH CONFIGURATION search.docs ADD MAPPING FOR asciiword, word WITH search.terms;
