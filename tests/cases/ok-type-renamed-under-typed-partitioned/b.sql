-- The row type of a typed, partitioned table is renamed (hint): the table follows the OID;
-- re-typing it (NOT OF / OF) is not needed, and rows stay.
CREATE TYPE sensor_reading AS (sensor int, at date, val numeric);
CREATE TABLE reading OF sensor_reading (PRIMARY KEY (sensor, at)) PARTITION BY RANGE (at);
CREATE TABLE reading_2024 PARTITION OF reading FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE reading_2025 PARTITION OF reading FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE reading_copy OF sensor_reading;
CREATE FUNCTION last_reading(s int) RETURNS sensor_reading LANGUAGE sql STABLE
  AS $$ SELECT * FROM reading WHERE sensor = s ORDER BY at DESC LIMIT 1 $$;
