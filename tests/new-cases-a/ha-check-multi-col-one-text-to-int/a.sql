CREATE TABLE stock (id int PRIMARY KEY, qty text NOT NULL, max_qty int NOT NULL,
  CONSTRAINT stock_qty_ok CHECK (length(qty) > 0 AND max_qty > 0));
