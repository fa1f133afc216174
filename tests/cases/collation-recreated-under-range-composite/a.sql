CREATE EXTENSION btree_gist;
CREATE COLLATION c1 (provider = icu, locale = 'de-u-co-phonebk');
CREATE TYPE name_range AS RANGE (SUBTYPE = text, COLLATION = c1);
CREATE TYPE person AS (first text COLLATE c1, age int);
CREATE TABLE booking (id int PRIMARY KEY, who person, names name_range,
  EXCLUDE USING gist (names WITH &&));
CREATE VIEW booking_names AS SELECT id, lower(names) AS first_name, (who).first FROM booking;
