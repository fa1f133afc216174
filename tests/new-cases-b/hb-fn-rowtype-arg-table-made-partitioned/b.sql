CREATE TABLE orders (id int NOT NULL, placed date NOT NULL, total numeric) PARTITION BY RANGE (placed);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE FUNCTION order_label(o orders) RETURNS text LANGUAGE sql STABLE AS $$SELECT o.id || ':' || o.total$$;
CREATE FUNCTION recent_orders() RETURNS SETOF orders LANGUAGE sql STABLE AS 'SELECT * FROM orders ORDER BY placed DESC';
