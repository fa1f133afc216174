CREATE TABLE orders (id int PRIMARY KEY, total numeric);
CREATE FUNCTION order_stats(OUT n bigint, OUT s numeric, OUT mx numeric) LANGUAGE sql STABLE
  AS 'SELECT count(*), sum(total), max(total) FROM orders';
CREATE VIEW order_summary AS SELECT n, s FROM order_stats();
