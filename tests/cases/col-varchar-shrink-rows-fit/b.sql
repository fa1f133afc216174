CREATE TABLE city (id int PRIMARY KEY, name varchar(40) NOT NULL, country_code varchar(2));
CREATE VIEW city_codes AS SELECT country_code, count(*) FROM city GROUP BY country_code;
