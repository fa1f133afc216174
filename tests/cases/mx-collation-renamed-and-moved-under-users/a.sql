-- Collations renamed / moved to another schema (no hint exists for collations, so: the new one created, every user moved
-- to it, the old one dropped). Users: columns with unique and plain indexes, a domain, a range type, a composite type, a view.
CREATE SCHEMA i18n;
CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION i18n.german (provider = icu, locale = 'de-DE');
CREATE DOMAIN tag_name AS text COLLATE nocase;
CREATE TYPE word_range AS RANGE (SUBTYPE = text, COLLATION = i18n.german);
CREATE TYPE addr AS (street text COLLATE i18n.german, zip text);
CREATE TABLE customer (
  id int PRIMARY KEY,
  email text COLLATE nocase NOT NULL,
  last_name text COLLATE i18n.german,
  tag tag_name,
  home addr,
  letters word_range
);
CREATE UNIQUE INDEX customer_email ON customer (email);
CREATE INDEX customer_last_name ON customer (last_name);
CREATE VIEW customer_names AS SELECT id, last_name, email FROM customer;
