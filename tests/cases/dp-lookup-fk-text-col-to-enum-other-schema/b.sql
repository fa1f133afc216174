CREATE SCHEMA ref;
CREATE TYPE ref.status AS ENUM ('open', 'paid', 'shipped');
CREATE TABLE ref.order_status (code text PRIMARY KEY, label text NOT NULL);
CREATE TABLE orders (
  id int PRIMARY KEY,
  status ref.status NOT NULL DEFAULT 'open'
);
CREATE INDEX orders_open ON orders (id) WHERE status = 'open';
CREATE VIEW open_orders AS SELECT o.id, s.label FROM orders o JOIN ref.order_status s ON s.code = o.status::text WHERE o.status = 'open';
