CREATE TABLE country (id int PRIMARY KEY, iso_code char(2) NOT NULL CONSTRAINT country_iso_code_key UNIQUE, name text);
CREATE TABLE address (id int PRIMARY KEY, country_code char(2) REFERENCES country (iso_code) ON UPDATE CASCADE ON DELETE RESTRICT, line1 text);
