-- A partitioned table's text column (not in the key) moves from the default collation to a
-- custom case-insensitive one; its partitioned index and a view come along.
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE customer (region int NOT NULL, name text NOT NULL) PARTITION BY LIST (region);
CREATE TABLE customer_eu PARTITION OF customer FOR VALUES IN (1);
CREATE TABLE customer_us PARTITION OF customer FOR VALUES IN (2);
CREATE INDEX customer_name ON customer (name);
CREATE VIEW customer_names AS SELECT DISTINCT name FROM customer;
