CREATE TABLE line_item (id int PRIMARY KEY, qty int NOT NULL, price numeric NOT NULL,
  total numeric GENERATED ALWAYS AS (qty * price) STORED);
CREATE INDEX line_item_total ON line_item (total);
