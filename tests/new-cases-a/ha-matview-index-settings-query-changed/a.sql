CREATE TABLE sales (id int PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW region_totals TABLESPACE schemad_ts1 AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
CREATE UNIQUE INDEX region_totals_region ON region_totals (region) WITH (fillfactor = 70) TABLESPACE schemad_ts2;
ALTER MATERIALIZED VIEW region_totals CLUSTER ON region_totals_region;
