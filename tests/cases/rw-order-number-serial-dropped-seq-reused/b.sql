CREATE SEQUENCE orders_number_seq AS integer;
CREATE TABLE orders (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_email varchar(254) NOT NULL,
  placed_at timestamptz NOT NULL DEFAULT now(),
  public_number text NOT NULL DEFAULT 'ORD-' || lpad(nextval('orders_number_seq')::text, 8, '0'),
  CONSTRAINT orders_public_number_key UNIQUE (public_number)
);
CREATE TABLE order_lines (
  order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  line integer NOT NULL,
  sku text NOT NULL,
  PRIMARY KEY (order_id, line)
);
CREATE VIEW order_numbers AS SELECT id, public_number AS number, customer_email FROM orders;
GRANT SELECT ON order_numbers TO app_reader;
GRANT USAGE ON SEQUENCE orders_number_seq TO app_writer;
