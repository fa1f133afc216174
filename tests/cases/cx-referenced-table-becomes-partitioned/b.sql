CREATE TABLE orders (id int NOT NULL, day date NOT NULL, total numeric, PRIMARY KEY (id, day)) PARTITION BY RANGE (day);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_rest PARTITION OF orders DEFAULT;
CREATE TABLE order_line (id int PRIMARY KEY, order_id int NOT NULL, order_day date NOT NULL,
  CONSTRAINT order_line_order_fk FOREIGN KEY (order_id, order_day) REFERENCES orders ON DELETE CASCADE);
