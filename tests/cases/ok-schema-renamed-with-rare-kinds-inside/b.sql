-- A schema holding the rarer kinds is renamed (hint): text search dictionary and
-- configuration (used by a generated column and an expression index elsewhere), operators
-- with a class and its index, an aggregate used by a view, extended statistics, a foreign
-- table, a conversion-free domain. All follow the OID; the rows stay.
CREATE SCHEMA library;
CREATE TEXT SEARCH DICTIONARY library.terms (TEMPLATE = simple);
CREATE TEXT SEARCH CONFIGURATION library.docs (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION library.docs ADD MAPPING FOR asciiword, word WITH library.terms;
CREATE FUNCTION library.rev_cmp(int, int) RETURNS int LANGUAGE sql IMMUTABLE STRICT RETURN btint4cmp($2, $1);
CREATE OPERATOR CLASS library.rev_ops FOR TYPE int USING btree AS
  OPERATOR 1 >, OPERATOR 2 >=, OPERATOR 3 =, OPERATOR 4 <=, OPERATOR 5 <, FUNCTION 1 library.rev_cmp(int, int);
CREATE FUNCTION library.concat_sfunc(text, text) RETURNS text LANGUAGE sql IMMUTABLE
  RETURN coalesce($1 || ' ', '') || $2;
CREATE AGGREGATE library.words(text) (SFUNC = library.concat_sfunc, STYPE = text);
CREATE DOMAIN library.title AS text CHECK (VALUE <> '');
CREATE TABLE library.shelf (id int PRIMARY KEY, rank int, label text);
CREATE STATISTICS library.shelf_st (dependencies) ON rank, label FROM library.shelf;
CREATE FOREIGN DATA WRAPPER lib_fdw;
CREATE SERVER lib_srv FOREIGN DATA WRAPPER lib_fdw;
CREATE FOREIGN TABLE library.remote_books (id int, title library.title) SERVER lib_srv;
CREATE TABLE book (
  id int PRIMARY KEY,
  title library.title NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('library.docs'::regconfig, title)) STORED
);
CREATE INDEX book_id_rev ON book (id library.rev_ops);
CREATE INDEX book_title_ts ON book USING gin (to_tsvector('library.docs'::regconfig, title));
CREATE VIEW book_words AS SELECT library.words(title ORDER BY id) AS all_titles FROM book;
