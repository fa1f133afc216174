-- A set-returning wrapper gains a planner SUPPORT function (row estimates),
-- another loses it, and a C-language window function alias changes volatility.
CREATE FUNCTION day_series(a int, b int) RETURNS SETOF int LANGUAGE sql IMMUTABLE
  SUPPORT generate_series_int4_support
  AS $$ SELECT generate_series(a, b) $$;
CREATE FUNCTION int_range_rows(a int, b int) RETURNS SETOF int LANGUAGE internal IMMUTABLE STRICT
  ROWS 10 AS 'generate_series_int4';
CREATE FUNCTION my_rank() RETURNS bigint LANGUAGE internal WINDOW VOLATILE PARALLEL SAFE AS 'window_rank';
CREATE TABLE slots (id int PRIMARY KEY, n int);
CREATE VIEW slot_rank AS SELECT id, my_rank() OVER (ORDER BY n) AS r FROM slots;
CREATE VIEW days AS SELECT d FROM day_series(1, 31) AS d;
