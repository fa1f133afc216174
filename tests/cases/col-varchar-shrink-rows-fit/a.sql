CREATE TABLE city (id int PRIMARY KEY, name varchar(100) NOT NULL, country_code varchar(3));
CREATE VIEW city_codes AS SELECT country_code, count(*) FROM city GROUP BY country_code;
