CREATE TABLE item (id int PRIMARY KEY, price numeric NOT NULL, qty int NOT NULL);
CREATE FUNCTION line_total(unit_price numeric, quantity int, discount numeric DEFAULT 0)
  RETURNS numeric LANGUAGE sql IMMUTABLE
  RETURN unit_price * quantity * (1 - discount);
CREATE FUNCTION order_total() RETURNS numeric LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT sum(line_total(unit_price => price, quantity => qty)) FROM item;
END;
CREATE VIEW item_total AS SELECT id, line_total(quantity => qty, unit_price => price, discount => 0.1) AS total FROM item;
ALTER TABLE item ADD COLUMN total numeric GENERATED ALWAYS AS (line_total(unit_price => price, quantity => qty)) STORED;
ALTER TABLE item ADD CONSTRAINT item_total_positive CHECK (line_total(unit_price => price, quantity => qty) >= 0);
