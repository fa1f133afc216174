CREATE TABLE sale (id int PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW region_sales AS SELECT region, sum(amount) AS total, count(*) AS n FROM sale GROUP BY region;
CREATE UNIQUE INDEX region_sales_region ON region_sales (region);
CREATE VIEW region_leaders AS SELECT region FROM region_sales WHERE total > 100;
GRANT SELECT ON region_sales TO PUBLIC;
COMMENT ON MATERIALIZED VIEW region_sales IS 'per region';
