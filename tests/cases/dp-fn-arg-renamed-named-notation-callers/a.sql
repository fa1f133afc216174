CREATE TABLE item (id int PRIMARY KEY, price numeric NOT NULL, qty int NOT NULL);
CREATE FUNCTION line_total(p_price numeric, p_qty int, p_discount numeric DEFAULT 0)
  RETURNS numeric LANGUAGE sql IMMUTABLE
  RETURN p_price * p_qty * (1 - p_discount);
CREATE FUNCTION order_total() RETURNS numeric LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT sum(line_total(p_price => price, p_qty => qty)) FROM item;
END;
CREATE VIEW item_total AS SELECT id, line_total(p_qty => qty, p_price => price, p_discount => 0.1) AS total FROM item;
ALTER TABLE item ADD COLUMN total numeric GENERATED ALWAYS AS (line_total(p_price => price, p_qty => qty)) STORED;
ALTER TABLE item ADD CONSTRAINT item_total_positive CHECK (line_total(p_price => price, p_qty => qty) >= 0);
