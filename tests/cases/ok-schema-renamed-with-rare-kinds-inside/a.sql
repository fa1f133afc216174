-- A schema holding the rarer kinds is renamed (hint): text search dictionary and
-- configuration (used by a generated column and an expression index elsewhere), operators
-- with a class and its index, an aggregate used by a view, extended statistics, a foreign
-- table, a conversion-free domain. All follow the OID; the rows stay.
CREATE SCHEMA lib;
CREATE TEXT SEARCH DICTIONARY lib.terms (TEMPLATE = simple);
CREATE TEXT SEARCH CONFIGURATION lib.docs (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION lib.docs ADD MAPPING FOR asciiword, word WITH lib.terms;
CREATE FUNCTION lib.rev_cmp(int, int) RETURNS int LANGUAGE sql IMMUTABLE STRICT RETURN btint4cmp($2, $1);
CREATE OPERATOR CLASS lib.rev_ops FOR TYPE int USING btree AS
  OPERATOR 1 >, OPERATOR 2 >=, OPERATOR 3 =, OPERATOR 4 <=, OPERATOR 5 <, FUNCTION 1 lib.rev_cmp(int, int);
CREATE FUNCTION lib.concat_sfunc(text, text) RETURNS text LANGUAGE sql IMMUTABLE
  RETURN coalesce($1 || ' ', '') || $2;
CREATE AGGREGATE lib.words(text) (SFUNC = lib.concat_sfunc, STYPE = text);
CREATE DOMAIN lib.title AS text CHECK (VALUE <> '');
CREATE TABLE lib.shelf (id int PRIMARY KEY, rank int, label text);
CREATE STATISTICS lib.shelf_st (dependencies) ON rank, label FROM lib.shelf;
CREATE FOREIGN DATA WRAPPER lib_fdw;
CREATE SERVER lib_srv FOREIGN DATA WRAPPER lib_fdw;
CREATE FOREIGN TABLE lib.remote_books (id int, title lib.title) SERVER lib_srv;
CREATE TABLE book (
  id int PRIMARY KEY,
  title lib.title NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('lib.docs'::regconfig, title)) STORED
);
CREATE INDEX book_id_rev ON book (id lib.rev_ops);
CREATE INDEX book_title_ts ON book USING gin (to_tsvector('lib.docs'::regconfig, title));
CREATE VIEW book_words AS SELECT lib.words(title ORDER BY id) AS all_titles FROM book;
