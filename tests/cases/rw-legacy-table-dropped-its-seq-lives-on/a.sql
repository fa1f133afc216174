CREATE TABLE legacy_orders (
  id serial PRIMARY KEY,
  customer text NOT NULL,
  total numeric(10, 2) NOT NULL
);
CREATE TABLE orders (
  id integer PRIMARY KEY DEFAULT nextval('legacy_orders_id_seq'),
  customer_id integer NOT NULL,
  total_cents integer NOT NULL
);
CREATE VIEW all_orders AS
  SELECT id, customer, total FROM legacy_orders
  UNION ALL SELECT id, customer_id::text, total_cents / 100.0 FROM orders;
GRANT USAGE ON SEQUENCE legacy_orders_id_seq TO app_writer;
