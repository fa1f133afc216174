CREATE TYPE address AS (street text, zip text, city text);
CREATE TABLE offices OF address;
CREATE TABLE customers (id int PRIMARY KEY, home address);
CREATE VIEW customer_zips AS SELECT id, (home).zip FROM customers;
