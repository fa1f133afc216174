CREATE TABLE measurements (
  id bigserial,
  device_id integer NOT NULL,
  taken_at timestamptz NOT NULL,
  value double precision NOT NULL
) PARTITION BY RANGE (taken_at);
CREATE INDEX measurements_device_idx ON measurements (device_id, taken_at);
CREATE TABLE measurements_2023 PARTITION OF measurements FOR VALUES FROM ('2023-01-01 00:00+00') TO ('2024-01-01 00:00+00');
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01 00:00+00') TO ('2025-01-01 00:00+00');
CREATE VIEW device_latest AS SELECT device_id, max(taken_at) AS last_at FROM measurements GROUP BY device_id;
