CREATE TABLE sensor_data (id bigint, ts timestamptz NOT NULL, v float8);
CREATE INDEX sensor_data_ts ON sensor_data USING brin (ts timestamptz_minmax_multi_ops(values_per_range = 16)) WITH (pages_per_range = 64);
