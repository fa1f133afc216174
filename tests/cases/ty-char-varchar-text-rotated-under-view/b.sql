CREATE TABLE country (id int PRIMARY KEY, iso text NOT NULL, code char(4), name varchar(12),
  CONSTRAINT country_iso_len CHECK (length(iso) = 3));
CREATE UNIQUE INDEX country_iso ON country (iso);
CREATE VIEW country_codes AS SELECT iso, code FROM country;
