CREATE SEQUENCE legacy_orders_id_seq AS integer;
COMMENT ON SEQUENCE legacy_orders_id_seq IS 'still numbering orders';
CREATE TABLE orders (
  id integer PRIMARY KEY DEFAULT nextval('legacy_orders_id_seq'),
  customer_id integer NOT NULL,
  total_cents integer NOT NULL,
  migrated_from_legacy boolean NOT NULL DEFAULT false
);
GRANT USAGE ON SEQUENCE legacy_orders_id_seq TO app_writer;
