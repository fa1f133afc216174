CREATE TABLE country (id int PRIMARY KEY, iso text NOT NULL, CONSTRAINT country_iso_key UNIQUE (iso));
CREATE TABLE city (id int PRIMARY KEY, iso text NOT NULL REFERENCES country (iso));
