CREATE TABLE reading (sensor int NOT NULL, at timestamp NOT NULL, kind text NOT NULL, v double precision) PARTITION BY RANGE (at);
CREATE TABLE reading_2024 PARTITION OF reading FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE UNIQUE INDEX reading_key ON reading (sensor, at, kind);
CREATE TABLE reading_2023 (sensor int NOT NULL, at timestamp NOT NULL, kind text NOT NULL, v double precision) PARTITION BY LIST (kind);
CREATE TABLE reading_2023_temp PARTITION OF reading_2023 FOR VALUES IN ('temp');
CREATE TABLE reading_2023_rest PARTITION OF reading_2023 DEFAULT;
CREATE UNIQUE INDEX reading_2023_sensor_at_kind_idx ON reading_2023 (sensor, at, kind);
CREATE VIEW reading_2023_temps AS SELECT sensor, at, v FROM reading_2023 WHERE kind = 'temp';
