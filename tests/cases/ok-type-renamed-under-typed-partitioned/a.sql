-- The row type of a typed, partitioned table is renamed (hint): the table follows the OID;
-- re-typing it (NOT OF / OF) is not needed, and rows stay.
CREATE TYPE reading_t AS (sensor int, at date, val numeric);
CREATE TABLE reading OF reading_t (PRIMARY KEY (sensor, at)) PARTITION BY RANGE (at);
CREATE TABLE reading_2024 PARTITION OF reading FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE reading_2025 PARTITION OF reading FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE reading_copy OF reading_t;
CREATE FUNCTION last_reading(s int) RETURNS reading_t LANGUAGE sql STABLE
  AS $$ SELECT * FROM reading WHERE sensor = s ORDER BY at DESC LIMIT 1 $$;
