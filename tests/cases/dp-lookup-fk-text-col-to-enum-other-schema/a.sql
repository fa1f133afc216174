CREATE SCHEMA ref;
CREATE TABLE ref.order_status (code text PRIMARY KEY, label text NOT NULL);
CREATE TABLE orders (
  id int PRIMARY KEY,
  status text NOT NULL DEFAULT 'open' REFERENCES ref.order_status (code) ON UPDATE CASCADE,
  CONSTRAINT orders_status_not_blank CHECK (status <> '')
);
CREATE INDEX orders_open ON orders (id) WHERE status = 'open';
CREATE VIEW open_orders AS SELECT o.id, s.label FROM orders o JOIN ref.order_status s ON s.code = o.status WHERE o.status = 'open';
