CREATE TABLE sales (id int PRIMARY KEY, region text, amount numeric);
CREATE MATERIALIZED VIEW region_totals AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
CREATE UNIQUE INDEX region_totals_region ON region_totals (region);
GRANT SELECT ON region_totals TO app_reader;
COMMENT ON MATERIALIZED VIEW region_totals IS 'per region';
ALTER MATERIALIZED VIEW region_totals OWNER TO app_writer;
