-- A custom libc collation is re-created (its locale changes from C to POSIX) while a primary key, a foreign key
-- referencing it (both columns in the collation), a unique constraint, a domain and a view use it; rows on both ends.
CREATE COLLATION code_order (provider = libc, locale = 'C');
CREATE DOMAIN country_code AS char(2) COLLATE code_order CHECK (VALUE ~ '^[A-Z]{2}$');
CREATE TABLE country (code text COLLATE code_order PRIMARY KEY, iso country_code UNIQUE, name text);
CREATE TABLE city (id int PRIMARY KEY, country_code text COLLATE code_order NOT NULL REFERENCES country (code) ON UPDATE CASCADE, name text);
CREATE INDEX city_country ON city (country_code);
CREATE VIEW city_by_country AS SELECT c.code, count(*) AS n FROM country c JOIN city ON city.country_code = c.code GROUP BY c.code ORDER BY c.code;
