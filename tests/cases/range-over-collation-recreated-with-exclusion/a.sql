-- A text range with its own ICU collation, used by a column under a btree_gist exclusion
-- constraint; the collation's locale changes, so collation, range and column are rebuilt.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE COLLATION book_order (provider = icu, locale = 'de-u-co-phonebk');
CREATE TYPE name_span AS RANGE (SUBTYPE = text, COLLATION = book_order);
CREATE TABLE shelf (
  id int PRIMARY KEY,
  room int NOT NULL,
  names name_span NOT NULL,
  CONSTRAINT shelf_no_overlap EXCLUDE USING gist (room WITH =, names WITH &&)
);
