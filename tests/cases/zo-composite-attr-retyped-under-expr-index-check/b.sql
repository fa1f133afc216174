CREATE TYPE address AS (street text, zip text, city text);
CREATE TABLE customer (
  id int PRIMARY KEY,
  addr address NOT NULL,
  CONSTRAINT customer_zip_known CHECK ((addr).zip IS NOT NULL)
);
CREATE INDEX customer_zip ON customer (((addr).zip));
CREATE INDEX customer_city ON customer (((addr).city)) WHERE (addr).zip <> '0';
CREATE VIEW customer_cities AS SELECT id, (addr).city, (addr).zip FROM customer;
