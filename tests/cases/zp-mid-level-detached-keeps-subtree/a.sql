CREATE TABLE reading (sensor int NOT NULL, at timestamp NOT NULL, kind text NOT NULL, v double precision) PARTITION BY RANGE (at);
CREATE TABLE reading_2023 PARTITION OF reading FOR VALUES FROM ('2023-01-01') TO ('2024-01-01') PARTITION BY LIST (kind);
CREATE TABLE reading_2023_temp PARTITION OF reading_2023 FOR VALUES IN ('temp');
CREATE TABLE reading_2023_rest PARTITION OF reading_2023 DEFAULT;
CREATE TABLE reading_2024 PARTITION OF reading FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE UNIQUE INDEX reading_key ON reading (sensor, at, kind);
