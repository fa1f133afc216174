CREATE TYPE region AS ENUM ('us', 'eu', 'latam');
CREATE TABLE customers (
  id bigint GENERATED ALWAYS AS IDENTITY,
  region region NOT NULL DEFAULT 'us',
  name text NOT NULL,
  PRIMARY KEY (region, id)
) PARTITION BY LIST (region);
CREATE TABLE customers_us PARTITION OF customers FOR VALUES IN ('us');
CREATE TABLE customers_eu PARTITION OF customers FOR VALUES IN ('eu');
CREATE TABLE customers_latam PARTITION OF customers FOR VALUES IN ('latam');
CREATE TABLE invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_region region NOT NULL,
  customer_id bigint NOT NULL,
  amount_cents integer NOT NULL,
  FOREIGN KEY (customer_region, customer_id) REFERENCES customers (region, id)
);
CREATE VIEW customers_by_region AS SELECT region, count(*) AS n FROM customers GROUP BY region;
