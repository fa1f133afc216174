CREATE TABLE reading (sensor int NOT NULL, at date NOT NULL, val int, PRIMARY KEY (sensor, at)) PARTITION BY RANGE (at);
-- the first half ends in May now; June moves into the second, sub-partitioned differently
CREATE TABLE reading_h1 PARTITION OF reading FOR VALUES FROM ('2025-01-01') TO ('2025-06-01') PARTITION BY HASH (sensor);
CREATE TABLE reading_h1_0 PARTITION OF reading_h1 FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE reading_h1_1 PARTITION OF reading_h1 FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE reading_h2 PARTITION OF reading FOR VALUES FROM ('2025-06-01') TO ('2026-01-01') PARTITION BY LIST (sensor);
CREATE TABLE reading_h2_low PARTITION OF reading_h2 FOR VALUES IN (1, 2, 3);
CREATE TABLE reading_h2_rest PARTITION OF reading_h2 DEFAULT;
CREATE INDEX reading_val ON reading (val);
