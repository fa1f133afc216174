CREATE TABLE order_line (id int PRIMARY KEY, order_id int NOT NULL, qty int NOT NULL, price numeric NOT NULL);
CREATE VIEW order_total AS
  SELECT order_id, sum(qty * price) AS total FROM order_line GROUP BY order_id;
CREATE FUNCTION big_orders(min_total numeric) RETURNS SETOF order_total LANGUAGE sql STABLE
BEGIN ATOMIC SELECT * FROM order_total WHERE total >= min_total; END;
CREATE VIEW big_order_count AS SELECT count(*) AS n FROM big_orders(100);
