CREATE TABLE orders (id int NOT NULL, day date NOT NULL, total numeric, PRIMARY KEY (id, day));
CREATE TABLE order_line (id int PRIMARY KEY, order_id int NOT NULL, order_day date NOT NULL,
  CONSTRAINT order_line_order_fk FOREIGN KEY (order_id, order_day) REFERENCES orders ON DELETE CASCADE);
