CREATE SCHEMA i18n;
CREATE COLLATION i18n.case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION german (provider = icu, locale = 'de-DE');
CREATE DOMAIN tag_name AS text COLLATE i18n.case_insensitive;
CREATE TYPE word_range AS RANGE (SUBTYPE = text, COLLATION = german);
CREATE TYPE addr AS (street text COLLATE german, zip text);
CREATE TABLE customer (
  id int PRIMARY KEY,
  email text COLLATE i18n.case_insensitive NOT NULL,
  last_name text COLLATE german,
  tag tag_name,
  home addr,
  letters word_range
);
CREATE UNIQUE INDEX customer_email ON customer (email);
CREATE INDEX customer_last_name ON customer (last_name);
CREATE VIEW customer_names AS SELECT id, last_name, email FROM customer;
