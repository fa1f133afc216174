-- A composite type used as an array column and returned by a function loses one attribute and
-- retypes another; a view expands the array.
CREATE TYPE address AS (street text, city text, zip int, note text);
CREATE TABLE customer (id int PRIMARY KEY, addrs address[] NOT NULL DEFAULT '{}');
CREATE FUNCTION first_address(c customer) RETURNS address LANGUAGE sql STABLE AS $$ SELECT c.addrs[1] $$;
CREATE VIEW customer_cities AS SELECT c.id, (first_address(c)).city FROM customer c;
COMMENT ON COLUMN address.zip IS 'postal code';
