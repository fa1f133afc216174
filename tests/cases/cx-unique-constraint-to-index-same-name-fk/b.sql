CREATE TABLE country (id int PRIMARY KEY, iso text NOT NULL);
CREATE UNIQUE INDEX country_iso_key ON country (iso);
CREATE TABLE city (id int PRIMARY KEY, iso text NOT NULL REFERENCES country (iso));
