CREATE TABLE orders (id int NOT NULL, placed date NOT NULL, total numeric);
CREATE FUNCTION order_label(o orders) RETURNS text LANGUAGE sql STABLE AS $$SELECT o.id || ':' || o.total$$;
CREATE FUNCTION recent_orders() RETURNS SETOF orders LANGUAGE sql STABLE AS 'SELECT * FROM orders ORDER BY placed DESC';
