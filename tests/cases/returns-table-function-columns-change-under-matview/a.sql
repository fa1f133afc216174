-- A RETURNS TABLE function gains an output column and retypes another; a materialized view with
-- an index, and a view, select from it.
CREATE TABLE sale (id int PRIMARY KEY, region text NOT NULL, amount int NOT NULL);
CREATE FUNCTION region_totals() RETURNS TABLE (region text, total bigint) LANGUAGE sql STABLE
  AS $$ SELECT region, sum(amount) FROM public.sale GROUP BY region $$;
CREATE MATERIALIZED VIEW region_totals_mv AS SELECT region, total FROM region_totals();
CREATE UNIQUE INDEX region_totals_mv_key ON region_totals_mv (region);
CREATE VIEW top_regions AS SELECT region FROM region_totals() WHERE total > 100;
