CREATE TABLE sale (id int PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE FUNCTION region_stats(p_region text, OUT revenue numeric, OUT n bigint, OUT avg_amount numeric)
  LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT sum(amount), count(*), avg(amount) FROM sale WHERE region = p_region;
END;
CREATE VIEW region_report AS
  SELECT r.region, (region_stats(r.region)).* FROM (SELECT DISTINCT region FROM sale) r;
CREATE VIEW region_big AS SELECT region, revenue AS total FROM region_report WHERE n > 1;
