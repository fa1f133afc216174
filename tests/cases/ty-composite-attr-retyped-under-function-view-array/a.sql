CREATE TYPE address AS (street text, zip int, city text);
CREATE TABLE customer (id int PRIMARY KEY, home address, past address[]);
CREATE FUNCTION city_of(a address) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT a.city';
CREATE VIEW customer_city AS SELECT id, (home).city AS city FROM customer;
