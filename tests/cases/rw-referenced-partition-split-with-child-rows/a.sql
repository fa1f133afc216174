CREATE TABLE orders (
  id bigint NOT NULL,
  created_on date NOT NULL,
  total_cents integer NOT NULL,
  PRIMARY KEY (id, created_on)
) PARTITION BY RANGE (created_on);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE order_items (
  order_id bigint NOT NULL,
  order_created_on date NOT NULL,
  sku text NOT NULL,
  PRIMARY KEY (order_id, order_created_on, sku),
  FOREIGN KEY (order_id, order_created_on) REFERENCES orders (id, created_on) ON DELETE CASCADE
);
