CREATE TABLE country (id int PRIMARY KEY, iso char(3) NOT NULL, code varchar(10), name text,
  CONSTRAINT country_iso_len CHECK (length(iso) = 3));
CREATE UNIQUE INDEX country_iso ON country (iso);
CREATE VIEW country_codes AS SELECT iso, code FROM country;
