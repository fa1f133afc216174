CREATE SCHEMA metrics;
CREATE TABLE metrics.devices (id integer PRIMARY KEY, name text NOT NULL, site text NOT NULL, decommissioned_at timestamptz);
CREATE TABLE metrics.readings (
  device_id integer NOT NULL REFERENCES metrics.devices(id),
  ts timestamptz NOT NULL,
  metric text NOT NULL,
  value double precision NOT NULL,
  quality smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (device_id, metric, ts)
) PARTITION BY RANGE (ts);
CREATE TABLE metrics.readings_2024_02 PARTITION OF metrics.readings FOR VALUES FROM ('2024-02-01 00:00:00+00') TO ('2024-03-01 00:00:00+00');
CREATE TABLE metrics.readings_2024_03 PARTITION OF metrics.readings FOR VALUES FROM ('2024-03-01 00:00:00+00') TO ('2024-04-01 00:00:00+00');
CREATE TABLE metrics.readings_2024_04 PARTITION OF metrics.readings FOR VALUES FROM ('2024-04-01 00:00:00+00') TO ('2024-05-01 00:00:00+00');
CREATE TABLE metrics.readings_default PARTITION OF metrics.readings DEFAULT;
CREATE INDEX readings_ts_idx ON metrics.readings USING brin (ts) WITH (pages_per_range = 16);
CREATE INDEX readings_metric_ts_idx ON metrics.readings (metric, ts DESC);
CREATE VIEW metrics.latest AS
  SELECT DISTINCT ON (device_id, metric) device_id, metric, ts, value, quality FROM metrics.readings ORDER BY device_id, metric, ts DESC;
