CREATE TABLE order_line (id int PRIMARY KEY, order_id int NOT NULL, qty int NOT NULL, price numeric NOT NULL);
CREATE TABLE order_total (order_id int PRIMARY KEY, total numeric NOT NULL);
CREATE FUNCTION big_orders(min_total numeric) RETURNS SETOF order_total LANGUAGE sql STABLE
BEGIN ATOMIC SELECT * FROM order_total WHERE total >= min_total; END;
CREATE VIEW big_order_count AS SELECT count(*) AS n FROM big_orders(100);
