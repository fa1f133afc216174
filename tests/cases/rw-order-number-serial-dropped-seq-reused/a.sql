CREATE TABLE orders (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number serial NOT NULL,
  customer_email varchar(100) NOT NULL,
  placed_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT orders_number_key UNIQUE (number)
);
CREATE TABLE order_lines (
  order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  line serial,
  sku text NOT NULL,
  PRIMARY KEY (order_id, line)
);
CREATE VIEW order_numbers AS SELECT id, number, customer_email FROM orders;
GRANT SELECT ON order_numbers TO app_reader;
GRANT USAGE ON SEQUENCE orders_number_seq TO app_writer;
