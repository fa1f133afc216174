CREATE TABLE stock (id int PRIMARY KEY, qty int NOT NULL, max_qty int NOT NULL,
  CONSTRAINT stock_qty_ok CHECK (qty >= 0 AND qty <= max_qty));
