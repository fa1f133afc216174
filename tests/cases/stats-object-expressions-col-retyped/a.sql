CREATE TABLE orders (id int PRIMARY KEY, created_at timestamp NOT NULL, region varchar(8));
CREATE STATISTICS orders_day_region ON date_trunc('day', created_at), region FROM orders;
ALTER STATISTICS orders_day_region SET STATISTICS 1000;
COMMENT ON STATISTICS orders_day_region IS 'per-day region skew';
