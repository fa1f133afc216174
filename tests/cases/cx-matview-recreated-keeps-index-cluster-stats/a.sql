CREATE TABLE sale (id int PRIMARY KEY, shop int NOT NULL, amount numeric NOT NULL, at date NOT NULL);
CREATE MATERIALIZED VIEW shop_total AS SELECT shop, sum(amount) AS total FROM sale GROUP BY shop;
CREATE UNIQUE INDEX shop_total_shop ON shop_total (shop);
CREATE INDEX shop_total_total ON shop_total (total DESC NULLS LAST) WITH (fillfactor = 90);
ALTER MATERIALIZED VIEW shop_total CLUSTER ON shop_total_shop;
CREATE STATISTICS shop_total_st ON shop, total FROM shop_total;
COMMENT ON INDEX shop_total_shop IS 'for concurrent refresh';
