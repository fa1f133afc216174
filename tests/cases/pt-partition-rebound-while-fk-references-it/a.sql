CREATE TABLE orders (id int NOT NULL, day date NOT NULL, total numeric, PRIMARY KEY (id, day)) PARTITION BY RANGE (day);
CREATE TABLE orders_h1 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2025-07-01');
CREATE TABLE orders_h2 PARTITION OF orders FOR VALUES FROM ('2025-07-01') TO ('2026-01-01');
-- an audit table tied to one partition itself, and a view over it
CREATE TABLE h1_audit (id int PRIMARY KEY, order_id int NOT NULL, order_day date NOT NULL,
  CONSTRAINT h1_audit_fk FOREIGN KEY (order_id, order_day) REFERENCES orders_h1 (id, day));
CREATE VIEW h1_big AS SELECT id, day FROM orders_h1 WHERE total > 10;
CREATE TABLE line (id int PRIMARY KEY, order_id int NOT NULL, order_day date NOT NULL,
  CONSTRAINT line_fk FOREIGN KEY (order_id, order_day) REFERENCES orders);
