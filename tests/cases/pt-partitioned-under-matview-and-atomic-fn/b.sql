CREATE TABLE hit (id int NOT NULL, day date NOT NULL, path text NOT NULL) PARTITION BY RANGE (day);
CREATE TABLE hit_2025 PARTITION OF hit FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE hit_rest PARTITION OF hit DEFAULT;
CREATE MATERIALIZED VIEW hit_daily AS SELECT day, count(*) AS n FROM hit GROUP BY day;
CREATE UNIQUE INDEX hit_daily_day ON hit_daily (day);
CREATE FUNCTION hits_on(d date) RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT count(*) FROM hit WHERE day = d;
END;
CREATE VIEW hit_today AS SELECT hits_on(current_date) AS n;
